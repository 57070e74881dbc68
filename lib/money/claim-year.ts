import { readFiscalYear } from "./fiscal-year";

// "YYYY-MM-DD", optionally followed by a time as Date#toISOString() prints it.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Read from the string rather than through Date, so a time zone can never move 1 January into the
// previous year. Impossible dates (2025-02-30) count as absent rather than as their year.
function yearOf(date: string | null): number | null {
  if (date === null) return null;
  const match = ISO_DATE.exec(date);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return year;
}

// The year whose exchange rate applies to a claim: its as-of date, else the fallback (typically the
// source's publication date), else null so the caller has to decide rather than guess.
export function claimYear(asOf: string | null, fallbackDate: string | null): number | null {
  return yearOf(asOf) ?? yearOf(fallbackDate);
}

export type ClaimPeriod = { start: string | null; end: string | null; text: string | null };
export type RateYear = { year: number; basis: string | null };

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

// The calendar year holding most days of a period (the earlier one on a tie).
function yearHoldingMost(start: string, end: string): number {
  const [first, last] = [yearOf(start)!, yearOf(end)!];
  const daysIn = (year: number) =>
    Math.min(dayNumber(end), dayNumber(`${year}-12-31`)) - Math.max(dayNumber(start), dayNumber(`${year}-01-01`)) + 1;
  let best = first;
  for (let year = first + 1; year <= last; year += 1) if (daysIn(year) > daysIn(best)) best = year;
  return best;
}

// A period of one year at most (a fiscal year, a budget year) says which year the money is for.
function oneYearPeriod(period: ClaimPeriod): { start: string; end: string; label: string } | null {
  const fiscal = readFiscalYear(period.text);
  const [start, end] = [period.start, period.end];
  if (start !== null && end !== null && yearOf(start) !== null && yearOf(end) !== null) {
    const days = dayNumber(end.slice(0, 10)) - dayNumber(start.slice(0, 10)) + 1;
    if (days < 1 || days > 366) return null;
    const [first, last] = [start.slice(0, 10), end.slice(0, 10)];
    const named = fiscal !== null && fiscal.start === first && fiscal.end === last ? fiscal.label : null;
    // The free period text may say more than the dates ("over five years"): the sentence names the dates.
    return { start: first, end: last, label: named ?? `${first} to ${last}` };
  }
  return fiscal;
}

/**
 * The year whose rate converts a claim, and why when it is not the claim's date. The rule: money
 * stated for a period of one year at most ("FY2024-25 (April–March)", "JFY2023", a budget year) is
 * converted at the average rate of the calendar year holding most of that period (the earlier year
 * on a tie), so April–March years use the year they start in, October–September years the year
 * they end in. Otherwise the claim's as-of date decides, else its source's date (claimYear).
 */
export function rateYearOf(asOf: string | null, fallbackDate: string | null, period: ClaimPeriod | null = null): RateYear | null {
  const stated = period === null ? null : oneYearPeriod(period);
  if (stated !== null) return { year: yearHoldingMost(stated.start, stated.end), basis: `the year holding most of ${stated.label}` };
  const year = claimYear(asOf, fallbackDate);
  return year === null ? null : { year, basis: null };
}
