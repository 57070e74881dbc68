// Milestone rows, each with one MilestoneRevision holding the due date it was first recorded with,
// so a later reschedule by an editor leaves the original visible.
import type { Confidence, MilestoneStatus } from "../generated/prisma/client";
import type { RawMilestone, RawProgram } from "./input-schema";
import { parseDateText } from "./dates";
import { parseDue, resolveRelativeDeadline, type Due } from "./due-dates";
import { idOf, keys } from "./keys";
import { configOf } from "./program-config";
import type { MilestoneRevisionRow, MilestoneRow } from "./row-types";
import { describeMentions, isSeedSource, seedMentions } from "./seed-quotes";
import { readerStatusDetail } from "./reader-text";
import { pickSource } from "./sources";

// First match wins. "Not a real milestone" and UNVERIFIED are seed claims nobody confirmed.
const STATUS_RULES: Array<[RegExp, MilestoneStatus]> = [
  [/not a real milestone|UNVERIFIED/, "unknown"],
  [/^done|met late/i, "completed"],
  [/^(pending|planned)/i, "planned"],
  [/in progress/i, "in_progress"],
  [/delayed/i, "delayed"],
  [/cancel/i, "cancelled"],
  [/unknown/i, "unknown"],
];

// Status words the enum says as well; anything else is worth keeping in statusDetail.
const PLAIN_STATUS = new Set(["done", "pending", "planned", "in progress", "cancelled", "unknown"]);

export function milestoneStatusOf(text: string): { status: MilestoneStatus; unverified: boolean } {
  const rule = STATUS_RULES.find(([pattern]) => pattern.test(text));
  if (!rule) throw new Error(`Unknown milestone status in programs.json: "${text}"`);
  return { status: rule[1], unverified: /not a real milestone|UNVERIFIED/.test(text) };
}

type Scheduled = Due & { relativeDays: number | null; anchorOn: Date | null; anchorLabel: string | null };

function scheduleOf(program: RawProgram, milestone: RawMilestone): Scheduled {
  const relative = milestone.relativeDeadline;
  if (!relative) return { ...parseDue(milestone.dueDate, milestone.datePrecision), relativeDays: null, anchorOn: null, anchorLabel: null };
  const anchorLabel = configOf(program.id).anchorLabel ?? `Relative to ${relative.from}`;
  const resolved = resolveRelativeDeadline(relative.days, relative.from, anchorLabel);
  return { ...resolved, duePrecision: "day", dueText: null };
}

function milestoneRows(program: RawProgram, milestone: RawMilestone): [MilestoneRow, MilestoneRevisionRow] {
  const key = keys.milestone(program.id, milestone.title);
  const { status, unverified } = milestoneStatusOf(milestone.status);
  const sourceId = pickSource(milestone.sources, key);
  const onlySeeds = milestone.sources.every((s) => s.type === "seed");
  const confidence: Confidence = unverified || onlySeeds ? "unverified" : "verified";
  const schedule = scheduleOf(program, milestone);
  const originalStatus = PLAIN_STATUS.has(milestone.status.trim()) ? null : milestone.status;
  const row: MilestoneRow = {
    id: idOf(key),
    programId: idOf(keys.program(program.id)),
    title: milestone.title.trim(),
    description: null,
    // What a seed document says about a milestone is research: editors see it, readers do not.
    editorNote: describeMentions(seedMentions(key, program)),
    ...schedule,
    status,
    statusDetail: readerStatusDetail([originalStatus, milestone.statusDetail].filter(Boolean).join(" — ") || null),
    completedOn: parseDateText(milestone.completedDate)?.date ?? null,
    confidence,
    sourceId,
    announcementId: null,
  };
  const revision: MilestoneRevisionRow = {
    id: idOf(keys.milestoneRevision(key)),
    milestoneId: row.id,
    dueOn: row.dueOn,
    duePrecision: row.duePrecision,
    dueText: row.dueText,
    relativeDays: row.relativeDays,
    anchorOn: row.anchorOn,
    reason: isSeedSource(sourceId) ? "Due date as stated by the seed document." : "Original due date, as first recorded.",
    sourceId,
    announcementId: null,
  };
  return [row, revision];
}

// Entries that are not events with a deadline: seed 000's rhetoric ("domination américaine … d'ici
// 2025") and its list of fabricated outputs (jobs, publications, models). They stay out of the seed;
// seed-figures.ts records each figure as out of scope with this reason.
const NOT_MILESTONES = new Set([
  keys.milestone("us-atom-project", "Seed 000 claim: 'domination américaine ... d'ici 2025'"),
  keys.milestone("us-atom-project", "Seed 000 claims: 50 major publications, 10 high-performing open models, 500 skilled jobs"),
]);

function isNotAMilestone(programId: string, milestone: RawMilestone): boolean {
  return NOT_MILESTONES.has(keys.milestone(programId, milestone.title));
}

export function mapMilestones(programs: RawProgram[]): { milestones: MilestoneRow[]; revisions: MilestoneRevisionRow[] } {
  const pairs = programs.flatMap((program) =>
    program.milestones.filter((m) => !isNotAMilestone(program.id, m)).map((m) => milestoneRows(program, m)),
  );
  return { milestones: pairs.map(([m]) => m), revisions: pairs.map(([, r]) => r) };
}
