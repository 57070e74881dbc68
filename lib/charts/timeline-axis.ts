// The time axis of the timeline: a domain that covers every mark and today, cut at quarter
// boundaries, and ticks at a step (1, 3, 6 or 12 months) that keeps their labels apart.
import { addMonths, calendarMonthsBetween, dayNumber, maxDate, minDate, type IsoDate } from "@/lib/core/dates";

export type TimeDomain = { start: IsoDate; end: IsoDate };
export type TimeTick = { date: IsoDate; label: string };

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const STEPS = [1, 3, 6, 12] as const;

function quarterStart(iso: IsoDate): IsoDate {
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
}

/**
 * From the start of the quarter of the earliest date to the start of the quarter after the latest
 * one (exclusive end), so every period end (e.g. 31 Dec) lies inside. With no dates, the quarter of
 * `today`.
 */
export function timeDomain(dates: IsoDate[], today: IsoDate): TimeDomain {
  const all = [...dates, today];
  const start = quarterStart(minDate(all) ?? today);
  const end = addMonths(quarterStart(maxDate(all) ?? today), 3);
  return { start, end };
}

/**
 * Ticks on the first day of months a step apart, the smallest step that keeps their count within
 * the budget: `maxTicks` for month labels ("Jan 2026"), `maxYearTicks` for year labels ("2026"),
 * which are half as wide, so a phone can label every year where it could not label every half-year.
 */
export function timeTicks(domain: TimeDomain, maxTicks = 10, maxYearTicks = maxTicks): TimeTick[] {
  const months = calendarMonthsBetween(domain.start, domain.end);
  const budget = (step: number) => (step >= 12 ? maxYearTicks : maxTicks);
  const step =
    STEPS.find((candidate) => Math.floor(months / candidate) + 1 <= budget(candidate)) ?? 12 * Math.ceil(months / (12 * maxYearTicks));
  const ticks: TimeTick[] = [];
  for (let offset = firstOffset(domain.start, step); offset <= months; offset += step) {
    const date = addMonths(domain.start, offset);
    ticks.push({ date, label: tickLabel(date, step) });
  }
  return ticks;
}

// Ticks sit on months that divide by the step from January (half-years on Jan and Jul, years on
// 1 January), whatever month the domain starts in.
function firstOffset(start: IsoDate, step: number): number {
  const month = Number(start.slice(5, 7));
  return (step - ((month - 1) % step)) % step;
}

function tickLabel(date: IsoDate, step: number): string {
  const year = date.slice(0, 4);
  if (step >= 12) return year;
  return `${monthNames[Number(date.slice(5, 7)) - 1]} ${year}`;
}

/** A linear map from dates to x positions across [left, right]. */
export function timeScale(domain: TimeDomain, left: number, right: number): (iso: IsoDate) => number {
  const from = dayNumber(domain.start);
  const span = Math.max(1, dayNumber(domain.end) - from);
  return (iso) => round(left + ((dayNumber(iso) - from) / span) * (right - left));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
