// A new announcement, whole, in one transaction: its source, the program (when new), the
// announcement, its claims, milestones (with their first due-date revision), new organisations and
// participations, each with its audit event. Any problem — a taken slug, a currency with no rates,
// a program deleted meanwhile — rolls everything back and comes back as field errors.
import type { Actor } from "@/lib/core/actor";
import { loadReferenceRates } from "@/lib/data/reference-rates";
import type { PrismaClient } from "@/lib/prisma-client";
import type { AnnouncementInput } from "@/lib/schemas/announcement";
import type { AnnouncementPartnerInput } from "@/lib/schemas/announcement-records";
import { rateProblems } from "./announcement-rates";
import { createAnnouncementRecord, createSource } from "./create-provenance";
import {
  capacityClaimRow,
  fundingClaimRow,
  milestoneRows,
  organizationRow,
  participationRow,
  programRow,
  publicationOf,
  wholesFirst,
  type Publication,
} from "./announcement-rows";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Tx } from "@/lib/core/types";
import { InvalidInputError, uniqueOr } from "./invalid-input";
import { checkReferences } from "./references";
import { toIsoDay, type IsoDate } from "@/lib/core/dates";
import { affectedFrom } from "@/lib/data/visible-from";

export type CreatedAnnouncement = {
  announcementId: string;
  programId: string;
  programSlug: string;
  publicationState: "draft" | "published";
  /** The first day it shows in a past view (lib/editing/affected-from.ts). */
  affectedFrom: IsoDate | null;
};

async function checkRates(tx: Tx, input: AnnouncementInput): Promise<void> {
  const rates = await loadReferenceRates(tx);
  const claims = input.fundingClaims.map((claim) => ({
    figure: { shape: claim.shape, amount: claim.amount, low: claim.amountLow, high: claim.amountHigh, currency: claim.currency },
    asOf: claim.asOf,
    period: { start: claim.periodStart, end: claim.periodEnd, text: claim.periodText },
  }));
  const errors = rateProblems(claims, input.source.publishedOn, rates, input.intent);
  if (Object.keys(errors).length > 0) throw new InvalidInputError(errors);
}

/** The announcement's program, and whether this created or published it (`changed`). */
async function resolveProgram(tx: Tx, actor: Actor, input: AnnouncementInput, announcedOn: string, publication: Publication) {
  const { program } = input;
  if (program.mode === "new") {
    const created = await uniqueOr(
      "program.slug",
      "Another program already uses this short name: pick that program, or choose another name.",
      () => tx.program.create({ data: programRow(program, announcedOn, publication) }),
    );
    await recordAudit(tx, actor, { action: "create", entityType: "Program", entityId: created.id, after: created });
    return { program: created, changed: true };
  }
  const existing = await tx.program.findFirst({ where: { id: program.id, deletedAt: null } });
  if (!existing) throw new InvalidInputError({ "program.id": ["This program no longer exists: pick another."] });
  // Publishing an announcement of a draft program publishes the program too, or readers would not see it.
  if (publication.publicationState === "published" && existing.publicationState === "draft") {
    const published = await tx.program.update({ where: { id: existing.id }, data: { ...publication, version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "publish", entityType: "Program", entityId: existing.id, before: existing, after: published });
    return { program: published, changed: true };
  }
  return { program: existing, changed: false };
}

type Links = { programId: string; sourceId: string; announcementId: string };

async function createPartners(tx: Tx, actor: Actor, partners: AnnouncementPartnerInput[], links: Links): Promise<void> {
  const newOrganizations = new Map<string, string>();
  for (const [index, partner] of partners.entries()) {
    let organizationId: string;
    const { organization } = partner;
    if (organization.mode === "existing") {
      const found = await tx.organization.findFirst({ where: { id: organization.id, deletedAt: null }, select: { id: true } });
      if (!found)
        throw new InvalidInputError({ [`partners.${index}.organization.id`]: ["This organisation no longer exists: pick another."] });
      organizationId = found.id;
    } else {
      // The same new organisation in two roles is created once.
      const already = newOrganizations.get(organization.slug);
      if (already) organizationId = already;
      else {
        const created = await uniqueOr(
          `partners.${index}.organization.slug`,
          "An organisation with this short name exists: pick it from the list.",
          () => tx.organization.create({ data: organizationRow(organization) }),
        );
        await recordAudit(tx, actor, { action: "create", entityType: "Organization", entityId: created.id, after: created });
        newOrganizations.set(organization.slug, created.id);
        organizationId = created.id;
      }
    }
    const participation = await uniqueOr(
      `partners.${index}.role`,
      "This organisation is already recorded in this role for this program.",
      () => tx.participation.create({ data: participationRow(partner, organizationId, links) }),
    );
    await recordAudit(tx, actor, { action: "create", entityType: "Participation", entityId: participation.id, after: participation });
  }
}

// "Part of" an existing claim: checked as on a claim's edit page (a live claim of this program).
async function checkExistingParent(tx: Tx, programId: string, index: number, parentId: string | null): Promise<void> {
  if (parentId === null) return;
  try {
    await checkReferences(tx, { programId, parent: { model: "fundingClaim", id: parentId } });
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    throw new InvalidInputError({ [`fundingClaims.${index}.parentId`]: error.fieldErrors.parentId ?? [] });
  }
}

async function createFunding(tx: Tx, actor: Actor, claims: AnnouncementInput["fundingClaims"], links: Links): Promise<void> {
  const ids: string[] = [];
  for (const index of wholesFirst(claims)) {
    const claim = claims[index]!;
    await checkExistingParent(tx, links.programId, index, claim.parentId);
    const parentId = claim.parentItem === null ? claim.parentId : ids[claim.parentItem]!;
    const created = await tx.fundingClaim.create({ data: fundingClaimRow(claim, links, parentId) });
    await recordAudit(tx, actor, { action: "create", entityType: "FundingClaim", entityId: created.id, after: created });
    ids[index] = created.id;
  }
}

async function createFigures(tx: Tx, actor: Actor, input: AnnouncementInput, links: Links): Promise<void> {
  await createFunding(tx, actor, input.fundingClaims, links);
  for (const claim of input.capacityClaims) {
    const created = await tx.capacityClaim.create({ data: capacityClaimRow(claim, links) });
    await recordAudit(tx, actor, { action: "create", entityType: "CapacityClaim", entityId: created.id, after: created });
  }
  for (const milestone of input.milestones) {
    const { row, revision } = milestoneRows(milestone, links);
    const created = await tx.milestone.create({ data: row });
    await recordAudit(tx, actor, { action: "create", entityType: "Milestone", entityId: created.id, after: created });
    const firstDue = await tx.milestoneRevision.create({ data: { ...revision, milestoneId: created.id } });
    await recordAudit(tx, actor, { action: "create", entityType: "MilestoneRevision", entityId: firstDue.id, after: firstDue });
  }
}

export async function createAnnouncement(
  db: PrismaClient,
  actor: Actor,
  input: AnnouncementInput,
  now = new Date(),
): Promise<CreatedAnnouncement> {
  const publication = publicationOf(input.intent, now);
  const announcedOn = input.announcement.announcedOn ?? input.source.publishedOn ?? toIsoDay(now);
  return db.$transaction(
    async (tx) => {
      await checkRates(tx, input);
      const source = await createSource(tx, actor, input.source);
      const { program, changed } = await resolveProgram(tx, actor, input, announcedOn, publication);
      const { title, summary } = input.announcement;
      const announcement = await createAnnouncementRecord(
        tx,
        actor,
        { programId: program.id, sourceId: source.id, title, summary, announcedOn },
        publication,
      );
      const links = { programId: program.id, sourceId: source.id, announcementId: announcement.id };
      await createFigures(tx, actor, input, links);
      await createPartners(tx, actor, input.partners, links);
      return {
        announcementId: announcement.id,
        programId: program.id,
        programSlug: program.slug,
        publicationState: publication.publicationState,
        // What it changed shows from the announcement's first day (every record it brings hangs off
        // it), and from the program's when this created or published it (shown nowhere before).
        // Published today, that is today: no past view changes.
        affectedFrom: affectedFrom([...(changed ? [{ program }] : []), { program, announcement }]),
      };
    },
    // Dozens of small inserts on a 2-core machine: more than the 5 s default, still bounded.
    { timeout: 20_000, maxWait: 5_000 },
  );
}
