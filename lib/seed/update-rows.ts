// The rows a dated update adds, and the edits it makes to rows already there. Claims, milestones and
// partners are turned into programs.json's own shape (a one-update "delta" of the program) and
// mapped by the same functions as the research file, so they follow the same rules and keys; every
// row an update adds hangs off that update's announcement, so `?asOf=` before its date hides it.
// Changes to existing rows (a milestone's status or due date, a partner leaving, the program's
// status) are SeedEdits, applied by apply-update-edits.ts only to rows no editor has changed.
import type { DatePrecision, MilestoneStatus, ProgramStatus } from "../generated/prisma/client";
import { parseDateText } from "./dates";
import { parseDue } from "./due-dates";
import { mapFundingClaims } from "./funding-claims";
import { mapCapacityClaims } from "./capacity-claims";
import type { RawBudget, RawComputeFigure, RawMilestone, RawPartner, RawProgram, RawSource } from "./input-schema";
import { idOf, keys } from "./keys";
import { mapMilestones, milestoneStatusOf } from "./milestones";
import { organizationSlug } from "./organizations";
import { mapOrganizationsAndParticipations } from "./participations";
import { configOf } from "./program-config";
import type { AnnouncementRow, ProgramStatusChangeRow, SeedRows, SourceRow } from "./row-types";
import { pickSource, webSourceRow } from "./sources";
import type { RawUpdate, RawUpdateChange } from "./update-schema";

export type SeedEdit = {
  // A stable id for the audit event that records the edit: present means already applied.
  marker: string;
  update: string;
  target: { model: "milestone" | "program"; id: string } | { model: "participation"; programId: string; organizationId: string };
  data: Record<string, unknown>;
};

export type UpdateRows = SeedRows & { statusChanges: ProgramStatusChangeRow[]; edits: SeedEdit[]; skipped: string[] };

type Context = { program: RawProgram; update: RawUpdate; announcementId: string; sources: (ids: string[]) => RawSource[] };

const CLOSED: MilestoneStatus[] = ["completed", "cancelled", "missed"];

/** A program status in words ("in progress", "advocacy campaign; unfunded") as the enum, given the one before. */
export function programStatusOf(text: string, before: ProgramStatus): ProgramStatus {
  if (/cancel|withdr/i.test(text)) return "cancelled";
  if (/advocacy|unfunded|propos/i.test(text)) return "proposed";
  if (/stall|pause|suspend/i.test(text)) return "stalled";
  if (/operational/i.test(text)) return "operational";
  // "in progress" says the program goes on: it keeps the stage it had reached.
  return before;
}

// Sentences addressed to editors ("Record the successor separately") or about our search ("No
// statement … was found") stay out of what readers see.
export function readerText(text: string | null | undefined): string | null {
  if (!text) return null;
  // "(the programs.json due date …)": how the research was done, not what happened.
  text = text.replace(/\s*\([^)]*programs\.json[^)]*\)/g, "");
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z"'«])/);
  const kept = sentences.filter(
    (s) => !/^(Record|Do not|Don't|Keep|Treat|Verify|Check)\b|^No\b.*\bfound\b|material read|programs\.json/.test(s.trim()),
  );
  return kept.join(" ").trim() || null;
}

function milestoneStatusText(text: string): string {
  // "met" and "met (on time)" mean done; the research file's own vocabulary says "done".
  return /^met\b(?! late)/i.test(text.trim()) ? "done" : text;
}

function dated(text: string | null | undefined): { on: Date; precision: DatePrecision } | null {
  const parsed = parseDateText(text);
  return parsed ? { on: parsed.date, precision: parsed.precision } : null;
}

// The fields a budget and a compute figure share (input-schema.ts's statedFigure).
type StatedFigure = Omit<RawComputeFigure, "metric" | "value" | "unit" | "basis">;

function statedOf(f: Omit<StatedFigure, "sources">, sources: RawSource[]): StatedFigure {
  return {
    low: f.low,
    high: f.high,
    upTo: f.upTo,
    scope: f.scope ?? null,
    asOf: f.asOf,
    verification: f.verification,
    sources,
    notes: f.notes ?? null,
  };
}

function budgetOf(change: Extract<RawUpdateChange, { kind: "funding_claim" }> | RawUpdateFigure, sources: RawSource[]): RawBudget {
  const f = change as Extract<RawUpdateChange, { kind: "funding_claim" }>;
  return {
    ...statedOf(f, sources),
    label: f.label,
    amount: f.amount,
    currency: f.currency,
    period: f.period ?? null,
    kind: f.fundingKind,
  };
}

function figureOf(change: RawUpdateFigure, sources: RawSource[]): RawComputeFigure {
  const f = change as Extract<RawUpdateChange, { kind: "capacity_claim" }>;
  return { ...statedOf(f, sources), metric: f.metric, value: f.value, unit: f.unit, basis: f.basis ?? null };
}

type RawUpdateFigure = Extract<RawUpdateChange, { kind: "supersedes" }>["by"];

/** The program as this update alone describes it: only the claims, milestones and partners it brings. */
function deltaOf(ctx: Context): { delta: RawProgram; supersedes: Map<string, string>; joined: Map<string, Date> } {
  const delta: RawProgram = { ...ctx.program, budgets: [], computeFigures: [], milestones: [], partners: [], seedClaims: [] };
  const supersedes = new Map<string, string>();
  const joined = new Map<string, Date>();
  for (const change of ctx.update.changes) {
    const sources = ctx.sources(change.sourceIds);
    if (change.kind === "funding_claim") delta.budgets.push(budgetOf(change, sources));
    if (change.kind === "capacity_claim") delta.computeFigures.push(figureOf(change, sources));
    if (change.kind === "supersedes") {
      // The newer figure replaces the older one, which stays on record as superseded.
      if ("metric" in change.by) {
        delta.computeFigures.push(figureOf(change.by, sources));
        supersedes.set(idOf(keys.capacity(ctx.program.id, change.by.metric)), idOf(keys.capacity(ctx.program.id, change.claim)));
      } else {
        delta.budgets.push(budgetOf(change.by, sources));
        supersedes.set(idOf(keys.funding(ctx.program.id, change.by.label)), idOf(keys.funding(ctx.program.id, change.claim)));
      }
    }
    if (change.kind === "milestone_new") {
      const { kind: _kind, sourceIds: _ids, ...milestone } = change;
      delta.milestones.push({
        ...milestone,
        status: milestoneStatusText(milestone.status),
        sources,
        statusDetail: null,
      } satisfies RawMilestone);
    }
    if (change.kind === "partner_joined") {
      const partner: RawPartner = {
        organisation: change.organisation,
        kind: change.organisationKind,
        role: change.role,
        sources,
        notes: null,
      };
      delta.partners.push(partner);
      const on = dated(change.date ?? ctx.update.date);
      if (on) joined.set(organizationSlug(change.organisation), on.on);
    }
  }
  return { delta, supersedes, joined };
}

function editsOf(ctx: Context, knownMilestones: Set<string>, status: { current: ProgramStatus }, out: UpdateRows): void {
  const programId = idOf(keys.program(ctx.program.id));
  const when = dated(ctx.update.date);
  ctx.update.changes.forEach((change, index) => {
    const marker = `${ctx.update.id}:${index}`;
    const sourceId = pickSource(ctx.sources(change.sourceIds), `${ctx.update.id} change ${index}`);
    if (change.kind === "milestone_status" || change.kind === "milestone_move") {
      const key = keys.milestone(ctx.program.id, change.milestone);
      if (!knownMilestones.has(idOf(key))) {
        out.skipped.push(`${marker} (${change.kind}): no milestone titled "${change.milestone}"`);
        return;
      }
      if (change.kind === "milestone_move") {
        const due = parseDue(change.newDueDate, change.datePrecision);
        out.milestoneRevisions.push({
          id: idOf(`milestone-revision:${key}:${ctx.update.id}`),
          milestoneId: idOf(key),
          ...due,
          relativeDays: null,
          anchorOn: null,
          reason: change.reason,
          sourceId,
          announcementId: ctx.announcementId,
        });
        out.edits.push({
          marker,
          update: ctx.update.id,
          target: { model: "milestone", id: idOf(key) },
          data: { ...due, relativeDays: null, anchorOn: null },
        });
        return;
      }
      const next = milestoneStatusOf(milestoneStatusText(change.status)).status;
      // A completion, cancellation or miss is dated by its source (or, failing that, the update) and cites it.
      const closedOn = CLOSED.includes(next) ? (dated(change.completedDate) ?? when) : null;
      out.edits.push({
        marker,
        update: ctx.update.id,
        target: { model: "milestone", id: idOf(key) },
        data: {
          status: next,
          statusDetail: readerText(change.evidence),
          completedOn: closedOn?.on ?? null,
          completedPrecision: closedOn?.precision ?? "day",
          completionSourceId: closedOn ? sourceId : null,
        },
      });
      return;
    }
    if (change.kind === "partner_left") {
      const left = dated(change.date);
      const organizationId = idOf(keys.organization(organizationSlug(change.organisation)));
      out.edits.push({
        marker,
        update: ctx.update.id,
        target: { model: "participation", programId, organizationId },
        data: { leftOn: left?.on ?? null, leftPrecision: left?.precision ?? "day", leftSourceId: sourceId },
      });
      return;
    }
    if (change.kind === "program_status" && when) {
      const next = programStatusOf(change.status, status.current);
      const detail = readerText(change.detail);
      out.statusChanges.push({
        id: idOf(`program-status:${ctx.update.id}:${index}`),
        programId,
        fromStatus: status.current,
        status: next,
        detail,
        // The research file's wording, kept for editors beside the reader's sentence.
        editorNote: detail === change.detail ? null : change.detail,
        effectiveOn: when.on,
        effectivePrecision: when.precision,
        sourceId,
        announcementId: ctx.announcementId,
      });
      out.edits.push({
        marker,
        update: ctx.update.id,
        target: { model: "program", id: programId },
        data: { status: next, statusDetail: detail },
      });
      status.current = next;
    }
  });
}

function announcementOf(ctx: Context): AnnouncementRow {
  const day = dated(ctx.update.date);
  if (!day) throw new Error(`${ctx.update.id}: no date`);
  return {
    id: ctx.announcementId,
    programId: idOf(keys.program(ctx.program.id)),
    sourceId: pickSource(ctx.update.sources, ctx.update.id),
    title: ctx.update.headline.slice(0, 300),
    summary: readerText(ctx.update.publicNote),
    announcedOn: day.on,
    publicationState: "published",
    // Published on the day it was made (a month-precision update on the month's first day), like the seed's own announcements.
    publishedAt: day.on,
    editorNote: ctx.update.editorNote ?? null,
  };
}

/** Every row and edit the updates bring, given the rows the research file already gives. */
export function buildUpdateRows(programs: RawProgram[], updates: RawUpdate[], base: SeedRows, recordedFrom = new Date()): UpdateRows {
  const out: UpdateRows = {
    sources: [],
    organizations: [],
    programs: [],
    announcements: [],
    participations: [],
    fundingClaims: [],
    capacityClaims: [],
    milestones: [],
    milestoneRevisions: [],
    exchangeRates: [],
    statusChanges: [],
    edits: [],
    skipped: [],
  };
  const taken = new Set(
    [...base.sources, ...base.organizations, ...base.participations, ...base.fundingClaims, ...base.capacityClaims, ...base.milestones].map(
      (r) => r.id,
    ),
  );
  const fresh = <T extends { id: string }>(rows: T[]) => rows.filter((r) => !taken.has(r.id) && (taken.add(r.id), true));
  const knownMilestones = new Set(base.milestones.map((m) => m.id));
  const statuses = new Map(programs.map((p) => [p.id, { current: configOf(p.id).status }]));
  const start = recordedFrom.getTime();
  updates.forEach((update, order) => {
    const program = programs.find((p) => p.id === update.program);
    if (!program) return void out.skipped.push(`${update.id}: no program "${update.program}"`);
    const byId = new Map(update.sources.map((s) => [s.id, s]));
    const sources = (ids: string[]) => ids.map((id) => byId.get(id) ?? [...byId.values()][0]!);
    const ctx: Context = { program, update, announcementId: idOf(`announcement:update:${update.id}`), sources };
    out.announcements.push(announcementOf(ctx));
    out.sources.push(...fresh(update.sources.flatMap((s): SourceRow[] => (s.type === "web" ? [webSourceRow(s)] : []))));
    const { delta, supersedes, joined } = deltaOf(ctx);
    const linked = <T extends { id: string; announcementId: string | null }>(rows: T[]) =>
      fresh(rows).map((r) => ({ ...r, announcementId: ctx.announcementId }));
    const withSupersedes = <T extends { id: string; supersedesId: string | null }>(rows: T[]) =>
      rows.map((r) => ({ ...r, supersedesId: supersedes.get(r.id) ?? r.supersedesId }));
    out.fundingClaims.push(...withSupersedes(linked(mapFundingClaims([delta]))));
    out.capacityClaims.push(...withSupersedes(linked(mapCapacityClaims([delta]))));
    const { milestones, revisions } = mapMilestones([delta]);
    const newMilestones = linked(milestones);
    newMilestones.forEach((m) => knownMilestones.add(m.id));
    out.milestones.push(...newMilestones);
    out.milestoneRevisions.push(...linked(revisions.filter((r) => newMilestones.some((m) => m.id === r.milestoneId))));
    const { organizations, participations } = mapOrganizationsAndParticipations([delta]);
    out.organizations.push(...fresh(organizations));
    const orgSlugs = new Map(organizations.map((o) => [o.id, o.slug]));
    out.participations.push(
      ...linked(participations).map((p) => ({ ...p, joinedOn: joined.get(orgSlugs.get(p.organizationId) ?? "") ?? null })),
    );
    out.milestoneRevisions.forEach((r) => (r.recordedAt ??= recordedFrom));
    const before = out.milestoneRevisions.length;
    editsOf(ctx, knownMilestones, statuses.get(program.id)!, out);
    // Moves are recorded after every original date, in the updates' order.
    out.milestoneRevisions.slice(before).forEach((r, i) => (r.recordedAt = new Date(start + (order + 1) * 1000 + i)));
  });
  return out;
}
