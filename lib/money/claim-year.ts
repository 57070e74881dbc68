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
