// Fiscal years as budgets name them: "FY2024-25" (India and the UK: April 2024 – March 2025),
// "FY2024-25 (July–June)", "JFY2023" (Japan: April 2023 – March 2024), and a single year with its
// months, "FY2026 (October–September)", named by the year it ends (the US and Indian custom). A bare
// "FY2026" says neither its months nor its year's convention, so it is not read: the editor gives
// the period's dates instead.

export type FiscalYear = { start: string; end: string; label: string };

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;
const MONTH_NAMES = MONTHS.map((month) => month[0]!.toUpperCase() + month.slice(1));

const TWO_YEARS = /\bFY\s?(\d{4})\s?[-–/]\s?(\d{2}|\d{4})\b/i;
const JAPANESE = /\bJFY\s?(\d{4})\b/i;
const ONE_YEAR = /\bFY\s?(\d{4})\b/i;
const MONTH_SPAN = /\(\s*([a-z]+)\s*[-–]\s*([a-z]+)\s*\)/i;

function monthIndex(word: string | undefined): number | null {
  if (word === undefined) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(word.toLowerCase()) && word.length >= 3);
  return index < 0 ? null : index;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

// Twelve months from `startMonth` of `startYear` (0-based month).
function twelveMonths(startYear: number, startMonth: number, name: string): FiscalYear {
  const endMonth = (startMonth + 11) % 12;
  const endYear = startMonth === 0 ? startYear : startYear + 1;
  const span = `${MONTH_NAMES[startMonth]} ${startYear}–${MONTH_NAMES[endMonth]} ${endYear}`;
  return {
    start: `${startYear}-${pad(startMonth + 1)}-01`,
    end: `${endYear}-${pad(endMonth + 1)}-${lastDay(endYear, endMonth)}`,
    label: `${name} (${span})`,
  };
}

// "(April–March)": the months must make a year, the second just before the first.
function monthsOf(text: string): { start: number } | "none" | "invalid" {
  const match = MONTH_SPAN.exec(text);
  if (match === null) return "none";
  const [first, last] = [monthIndex(match[1]), monthIndex(match[2])];
  if (first === null || last === null || (first + 11) % 12 !== last) return "invalid";
  return { start: first };
}

// The text may name one year only: "budget for FY2024-25" is read, "FY2024-25 to FY2028-29" (five
// years, not the first of them) is not.
const alone = (text: string, match: RegExpExecArray) => !/\d|FY/i.test(text.replace(match[0], "").replace(MONTH_SPAN, ""));

/** The fiscal year a period text names, with its first and last day; null when it names none. */
export function readFiscalYear(text: string | null): FiscalYear | null {
  if (text === null) return null;
  const months = monthsOf(text);
  if (months === "invalid") return null;
  const japanese = JAPANESE.exec(text);
  if (japanese && !alone(text, japanese)) return null;
  if (japanese) return twelveMonths(Number(japanese[1]), months === "none" ? 3 : months.start, `JFY${japanese[1]}`);
  const twoYears = TWO_YEARS.exec(text);
  if (twoYears) {
    if (!alone(text, twoYears)) return null;
    const first = Number(twoYears[1]);
    const second = twoYears[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(twoYears[2]) : Number(twoYears[2]);
    if (second !== first + 1) return null;
    return twelveMonths(first, months === "none" ? 3 : months.start, twoYears[0].replace(/\s/g, ""));
  }
  const oneYear = ONE_YEAR.exec(text);
  if (oneYear && months !== "none" && alone(text, oneYear)) {
    const ends = Number(oneYear[1]);
    return twelveMonths(months.start === 0 ? ends : ends - 1, months.start, `FY${ends}`);
  }
  return null;
}
