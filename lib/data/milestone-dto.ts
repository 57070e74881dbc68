// A milestone as readers see it on a given day: its due date (relative deadlines resolved), the
// date it was first due (from its earliest revision), slippage, and whether it is late.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IsoDate } from "@/lib/core/dates";
import {
  completedLateBy,
  daysUntil,
  deadlineOf,
  describeSlippage,
  isOverdue,
  resolveDue,
  slippageOf,
  statusOn,
  type MilestoneStatus,
} from "@/lib/charts/timeline-due";
import { formatPartialDate } from "@/lib/core/partial-date";
import { isoDate, sourceSelect, toSourceDto } from "./source-dto";
import type { DueDto, MilestoneDto } from "@/lib/schemas/api/common";
import { visibleRevision } from "./visibility";
import { type KnownBy } from "@/lib/dashboard/as-of";

const dueSelect = { dueOn: true, duePrecision: true, dueText: true, relativeDays: true, anchorOn: true } as const;

export function milestoneSelect(knownBy: KnownBy) {
  return {
    id: true,
    title: true,
    description: true,
    ...dueSelect,
    anchorLabel: true,
    status: true,
    statusDetail: true,
    completedOn: true,
    completedPrecision: true,
    statusCheckedOn: true,
    confidence: true,
    completionSource: { select: sourceSelect },
    program: { select: { slug: true, name: true } },
    source: { select: sourceSelect },
    revisions: {
      where: visibleRevision(knownBy),
      orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
      select: { ...dueSelect, source: { select: sourceSelect } },
    },
  } as const satisfies Prisma.MilestoneSelect;
}

type MilestoneRow = Prisma.MilestoneGetPayload<{ select: ReturnType<typeof milestoneSelect> }>;
type DueRow = Pick<MilestoneRow, "dueOn" | "duePrecision" | "dueText" | "relativeDays" | "anchorOn">;

function dueOf(row: DueRow): DueDto | null {
  const due = resolveDue({ ...row, dueOn: isoDate(row.dueOn), anchorOn: isoDate(row.anchorOn) });
  if (!due) return null;
  return { ...due, deadline: deadlineOf(due), label: row.dueText ?? formatPartialDate(due.on, due.precision) ?? due.on };
}

/**
 * `today` is the page's day (a past view's date). In a past view the current due date is the latest
 * revision known then, and a completion recorded after that day does not count yet.
 */
export function toMilestoneDto(row: MilestoneRow, today: IsoDate, knownBy: KnownBy): MilestoneDto {
  const revisions = row.revisions.map(dueOf);
  const latestKnown = knownBy && row.revisions.length > 0 ? row.revisions.at(-1)! : row;
  const due = dueOf(latestKnown);
  const original = revisions[0] ?? null;
  const completedOn = isoDate(row.completedOn);
  // A completion is known once it happened and its source reported it (a June report of a February
  // start leaves the milestone open in a March view).
  const reportedOn = isoDate(row.completionSource?.publishedOn ?? null);
  const status = statusOn(row.status, completedOn && reportedOn && reportedOn > completedOn ? reportedOn : completedOn, today);
  const completedShown = completedOn !== null && completedOn <= today ? completedOn : null;
  const slippage = slippageOf(original, due);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    program: row.program,
    due,
    dueUnknownReason: due ? null : unknownReason(row),
    relative: row.relativeDays === null ? null : { days: row.relativeDays, anchorOn: isoDate(row.anchorOn), anchorLabel: row.anchorLabel },
    original: slippage ? original : null,
    slippage: slippage && { ...slippage, text: describeSlippage(slippage, original ?? undefined, due ?? undefined) },
    status,
    statusDetail: row.statusDetail,
    completedOn: completedShown,
    completedLabel: formatPartialDate(completedShown, row.completedPrecision),
    completedLateByDays: completedLateBy(due, status, completedShown),
    completionSource: row.completionSource && status === row.status ? toSourceDto(row.completionSource) : null,
    statusCheckedOn: isoDate(row.statusCheckedOn),
    overdue: isOverdue(due, status, today),
    daysUntilDue: due ? daysUntil(due, today) : null,
    confidence: row.confidence,
    source: toSourceDto(row.source),
    movedBy: slippage && row.revisions.length > 1 ? toSourceDto(row.revisions.at(-1)!.source) : null,
  };
}

function unknownReason(row: MilestoneRow): string {
  if (row.relativeDays !== null) return `${row.relativeDays} days after ${row.anchorLabel ?? "an undated event"}`;
  return row.dueText ?? "No due date given";
}

const statusNames: Record<MilestoneStatus, string> = {
  planned: "Planned",
  in_progress: "In progress",
  completed: "Completed",
  delayed: "Delayed",
  missed: "Missed",
  cancelled: "Cancelled",
  unknown: "Status unknown",
};

export function statusName(status: MilestoneStatus): string {
  return statusNames[status];
}

/** The word before a closing date: "completed 2026-02-06", "cancelled 2026-03-06", "missed 2026-05-31". */
export function closedWord(status: MilestoneStatus): string {
  return status === "cancelled" || status === "missed" ? status : "completed";
}

/** One line for a tooltip or a screen reader: what, when, and how it stands. */
export function describeMilestone(milestone: MilestoneDto): string {
  const parts = [`${milestone.program.name}: ${milestone.title}`];
  if (milestone.due)
    parts.push(
      `due ${milestone.due.label}` +
        `${milestone.relative ? ` (${milestone.relative.days} days after ${milestone.relative.anchorLabel ?? "its anchor"})` : ""}`,
    );
  else parts.push(`due date unknown (${milestone.dueUnknownReason})`);
  if (milestone.slippage && milestone.original) parts.push(`first due ${milestone.original.label}, ${milestone.slippage.text}`);
  parts.push(statusName(milestone.status));
  if (milestone.completedOn)
    parts.push(
      `${closedWord(milestone.status)} ${milestone.completedLabel ?? milestone.completedOn}` +
        `${milestone.completedLateByDays ? `, ${milestone.completedLateByDays} days late` : ""}`,
    );
  if (milestone.overdue) parts.push("deadline passed, no report of completion");
  return parts.join(" · ");
}
