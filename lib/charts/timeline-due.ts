// When a milestone is due, whether it slipped, and whether it is late: pure functions of the stored
// dates and a given `today`, so a past view (?asOf=) judges lateness on that day, not on ours.
import type { DatePrecision } from "@/lib/core/partial-date";
import { plural } from "@/lib/core/plural";
import { addDays, calendarMonthsBetween, daysBetween, periodEnd, periodStart, type IsoDate } from "@/lib/core/dates";

export type MilestoneStatus = "planned" | "in_progress" | "completed" | "delayed" | "missed" | "cancelled" | "unknown";

export type DueDate = { on: IsoDate; precision: DatePrecision };

export type DueInput = {
  dueOn: IsoDate | null;
  duePrecision: DatePrecision;
  relativeDays: number | null;
  anchorOn: IsoDate | null;
};

/**
 * The due date: the stored one, else "N days after" a dated anchor resolved to a day. An anchor that
 * is an undated event ("30 days after the challenge list") leaves the date unknown.
 */
export function resolveDue(input: DueInput): DueDate | null {
  if (input.dueOn !== null) return { on: input.dueOn, precision: input.duePrecision };
  if (input.relativeDays === null || input.anchorOn === null) return null;
  return { on: addDays(input.anchorOn, input.relativeDays), precision: "day" };
}

/** The last day on which a deadline is still met: the end of its period ("2026" → 2026-12-31). */
export function deadlineOf(due: DueDate): IsoDate {
  return periodEnd(due.on, due.precision);
}

export type Slippage = { days: number; months: number };

/**
 * How far the current due date moved from the original one. Days and months both compare the
 * deadlines (the last day each period allowed), so they never disagree: "2026" → "Q3 2026" is
 * 92 days and 3 months earlier, not 6 months later (which compares the periods' starts). Months
 * count calendar months when either date is coarser than a day ("due 2026-02-21, now May 2026":
 * 3 months), else days ÷ 30.44 rounded. Null when there is no original date or nothing moved.
 */
export function slippageOf(original: DueDate | null, current: DueDate | null): Slippage | null {
  if (original === null || current === null) return null;
  const [from, to] = [deadlineOf(original), deadlineOf(current)];
  const days = daysBetween(from, to);
  const bothDays = original.precision === "day" && current.precision === "day";
  // "+ 0" turns Math.round's -0 into 0.
  const months = (bothDays ? Math.round(days / 30.4375) : calendarMonthsBetween(from, to)) + 0;
  if (days === 0 && months === 0 && original.precision === current.precision) return null;
  return { days, months };
}

// "missed" is closed too: a source said the deadline passed unmet, so it is no longer "overdue"
// (which only says no completion was reported by the deadline).
const closed: ReadonlySet<MilestoneStatus> = new Set(["completed", "cancelled", "missed"]);

/**
 * The status as it stood on `today`: a milestone recorded as completed (or cancelled) on a later date
 * was still open then. Without a completion date the recorded status stands.
 */
export function statusOn(status: MilestoneStatus, completedOn: IsoDate | null, today: IsoDate): MilestoneStatus {
  if (closed.has(status) && completedOn !== null && completedOn > today) return "planned";
  return status;
}

export function isOpen(status: MilestoneStatus): boolean {
  return !closed.has(status);
}

/** Open on `today` and its deadline's last day has passed. Unknown dates are never overdue. */
export function isOverdue(due: DueDate | null, status: MilestoneStatus, today: IsoDate): boolean {
  if (due === null || !isOpen(status)) return false;
  return deadlineOf(due) < today;
}

/** Days after its deadline that a milestone was completed; null when on time or not completed. */
export function completedLateBy(due: DueDate | null, status: MilestoneStatus, completedOn: IsoDate | null): number | null {
  if (due === null || status !== "completed" || completedOn === null) return null;
  const late = daysBetween(deadlineOf(due), completedOn);
  return late > 0 ? late : null;
}

/** Days from `today` until the deadline's last day (negative once passed). */
export function daysUntil(due: DueDate, today: IsoDate): number {
  return daysBetween(today, deadlineOf(due));
}

// A due date as readers see it ("2026", "Q3 2026", "early 2026").
export type LabelledDue = DueDate & { label: string };

const within = (inner: DueDate, outer: DueDate) =>
  periodStart(inner.on, inner.precision) >= periodStart(outer.on, outer.precision) && deadlineOf(inner) <= deadlineOf(outer);

// A date given more or less precisely is not simply "later" or "earlier": say what happened. Readers
// see it after the first date ("first due 2026; narrowed to Q3 2026; …"), so it names the new one.
function precisionChange(from: LabelledDue, to: LabelledDue): string {
  const change = within(to, from) ? "narrowed" : within(from, to) ? "widened" : "moved";
  return `${change} to ${to.label}`;
}

/**
 * "3 months later", "12 days earlier": the wording of a slippage next to a milestone. When the
 * precision changed (given both dates): "narrowed to Q3 2026; deadline 3 months (92 days) earlier"
 * (after "first due 2026"), since "3 months earlier" alone would read as if the date itself moved.
 */
export function describeSlippage(slippage: Slippage, from?: LabelledDue, to?: LabelledDue): string {
  const later = slippage.days > 0 || (slippage.days === 0 && slippage.months > 0);
  const direction = later ? "later" : "earlier";
  const inMonths = Math.abs(slippage.months) >= 2;
  const amount = inMonths ? plural(Math.abs(slippage.months), "month") : plural(Math.abs(slippage.days), "day");
  if (!from || !to || from.precision === to.precision) return `${amount} ${direction}`;
  const days = inMonths ? ` (${plural(Math.abs(slippage.days), "day")})` : "";
  const deadline = slippage.days === 0 ? "same deadline" : `deadline ${amount}${days} ${direction}`;
  return `${precisionChange(from, to)}; ${deadline}`;
}
