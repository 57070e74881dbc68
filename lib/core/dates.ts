// Calendar arithmetic on "YYYY-MM-DD" strings in UTC, so no time zone can move a deadline by a day.
// A date stored at a coarser precision (month, quarter, half-year, year) stands for a whole period:
// it is late only once the period's last day has passed.
import type { DatePrecision } from "@/lib/core/partial-date";

export type IsoDate = string;

const DAY_MS = 86_400_000;

export function dayNumber(iso: IsoDate): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

/** The UTC day of an instant, or of a `@db.Date` value (Prisma returns those as midnight UTC). */
export function toIsoDay(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** A day as a `@db.Date` value: midnight UTC, what Prisma returns for those columns. */
export function fromIsoDay(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function fromDayNumber(day: number): IsoDate {
  return toIsoDay(new Date(day * DAY_MS));
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Signed days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

function isoOf(year: number, month: number, day: number): IsoDate {
  return toIsoDay(new Date(Date.UTC(year, month - 1, day)));
}

// Months in each coarser period and the month its first period begins in (1 = January); a period
// begins at a multiple of its length from there (Q3 begins in July). The one rule for words:
// - a season is meteorological, Northern Hemisphere: spring March–May, summer June–August, autumn
//   September–November, winter December–February ("summer 2026" is due by 2026-08-31);
// - "early", "mid" and "late" split the year in thirds: January–April, May–August, September–December
//   ("early 2026" is due by 2026-04-30, "mid-2026" by 2026-08-31, "late 2026" by 2026-12-31).
// A deadline given as a period is met until the period's last day.
const periods: Record<Exclude<DatePrecision, "day">, { length: number; offset: number }> = {
  month: { length: 1, offset: 0 },
  quarter: { length: 3, offset: 0 },
  half_year: { length: 6, offset: 0 },
  year: { length: 12, offset: 0 },
  season: { length: 3, offset: 2 },
  part_of_year: { length: 4, offset: 0 },
};

// The year, first month and length of the period a date stands for at a coarser precision. A
// winter stored as its December begins then; one stored as January or February began the December before.
function periodOf(iso: IsoDate, precision: Exclude<DatePrecision, "day">) {
  const { length, offset } = periods[precision];
  const month = Number(iso.slice(5, 7));
  const firstMonth = Math.floor((month - 1 - offset) / length) * length + 1 + offset;
  return { year: Number(iso.slice(0, 4)), firstMonth, length };
}

/** The first day of the period a partial date stands for. */
export function periodStart(iso: IsoDate, precision: DatePrecision): IsoDate {
  if (precision === "day") return iso;
  const { year, firstMonth } = periodOf(iso, precision);
  return isoOf(year, firstMonth, 1);
}

/** The last day of the period a partial date stands for: "Q1 2026" ends on 2026-03-31. */
export function periodEnd(iso: IsoDate, precision: DatePrecision): IsoDate {
  if (precision === "day") return iso;
  const { year, firstMonth, length } = periodOf(iso, precision);
  // Day 0 of the month after the period is the period's last day.
  return isoOf(year, firstMonth + length, 0);
}

/** Whole calendar months from the month of `from` to the month of `to` ("2026-02-21" → "2026-05": 3). */
export function calendarMonthsBetween(from: IsoDate, to: IsoDate): number {
  const index = (iso: IsoDate) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  return index(to) - index(from);
}

/** The first day of the month `months` after the month of `iso`. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  return isoOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) + months, 1);
}

export function minDate(dates: IsoDate[]): IsoDate | null {
  return dates.reduce<IsoDate | null>((min, date) => (min === null || date < min ? date : min), null);
}

export function maxDate(dates: IsoDate[]): IsoDate | null {
  return dates.reduce<IsoDate | null>((max, date) => (max === null || date > max ? date : max), null);
}
