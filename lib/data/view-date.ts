import { toIsoDay, type IsoDate } from "@/lib/core/dates";
import type { KnownBy } from "@/lib/dashboard/as-of";

/**
 * The day a page judges "upcoming" and "overdue" against: the past view's day, else today (UTC).
 * A milestone due on 2026-01-23 was not yet late on ?asOf=2026-01-20.
 */
export function viewDate(knownBy: KnownBy, now: Date = new Date()): IsoDate {
  return toIsoDay(knownBy ?? now);
}
