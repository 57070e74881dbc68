// Reading the research file's date texts. A date is stored as the first day of the period it names
// (2026-Q1 → 2026-01-01) with a precision, so the UI can print "Q1 2026" and never invent a day.
import { periodEnd, toIsoDay } from "@/lib/core/dates";
import type { DatePrecision } from "../generated/prisma/client";

export type DatedText = { date: Date; precision: DatePrecision };

export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function validDay(year: number, month: number, day: number): Date | null {
  const date = utcDate(year, month, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

const LEADING: Array<[RegExp, (m: RegExpMatchArray) => DatedText | null]> = [
  [/^(\d{4})-(\d{2})-(\d{2})\b/, (m) => at(validDay(+m[1]!, +m[2]!, +m[3]!), "day")],
  [/^(\d{4})-(\d{2})\b/, (m) => (+m[2]! >= 1 && +m[2]! <= 12 ? at(utcDate(+m[1]!, +m[2]!, 1), "month") : null)],
  [/^(\d{4})[- ]?Q([1-4])\b/, (m) => at(utcDate(+m[1]!, (+m[2]! - 1) * 3 + 1, 1), "quarter")],
  [/^(\d{4})-H([12])\b/, (m) => at(utcDate(+m[1]!, m[2] === "1" ? 1 : 7, 1), "half_year")],
  [/^(\d{4})\b/, (m) => at(utcDate(+m[1]!, 1, 1), "year")],
];

function at(date: Date | null, precision: DatePrecision): DatedText | null {
  return date ? { date, precision } : null;
}

/**
 * A date text as the research file writes it: "2025-12-10", "2025-12 (after …)", "2026 Q1 (…)",
 * "2026-H1", "2026". "undated …" is no date. "A/B" (e.g. "2025-01/2025-07") takes B: the notes use
 * it for a figure first stated at A and made explicit at B, and the later date is when it held.
 * With no leading date, a full ISO day anywhere in the text is used ("mirror commit …, 2026-07-21").
 */
export function parseDateText(text: string | null | undefined): DatedText | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (/^undated/i.test(trimmed)) return null;
  const candidate = /^\d{4}[-\dQH]*\/\d{4}/.test(trimmed) ? trimmed.slice(trimmed.indexOf("/") + 1) : trimmed;
  for (const [pattern, build] of LEADING) {
    const match = candidate.match(pattern);
    if (match) return build(match);
  }
  const anywhere = trimmed.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  return anywhere ? at(validDay(+anywhere[1]!, +anywhere[2]!, +anywhere[3]!), "day") : null;
}

const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
const PART_START: Record<string, number> = { early: 1, mid: 5, late: 9 };

/**
 * A period said in words, kept at that precision: "early 2026", "mid-2026", "late 2026" (thirds of
 * the year) and "summer 2026" (a meteorological season), stored as the period's first day. The
 * months each covers are in lib/charts/timeline-dates.ts; this never turns words into a quarter.
 */
export function parseDateWords(text: string | null | undefined): DatedText | null {
  const match = text
    ?.trim()
    .toLowerCase()
    .match(/^(early|mid|late|spring|summer|autumn|fall|winter)[\s-]+(?:of\s+)?(\d{4})$/);
  if (!match) return null;
  const [word, year] = [match[1]!, +match[2]!];
  if (word in PART_START) return { date: utcDate(year, PART_START[word]!, 1), precision: "part_of_year" };
  return { date: utcDate(year, SEASON_START[word]!, 1), precision: "season" };
}

/** The last day of the period a dated text names (2029 → 2029-12-31, 2026-Q1 → 2026-03-31). */
export function endOfPeriod({ date, precision }: DatedText): Date {
  // The one rule for every period, seasons and "early/mid/late" included (lib/charts/timeline-dates.ts).
  return new Date(`${periodEnd(toIsoDay(date), precision)}T00:00:00Z`);
}

/** A funding period bound: starts read as the first day, ends as the last day of what they name. */
export function periodBound(text: string | null | undefined, side: "start" | "end"): Date | null {
  const parsed = parseDateText(text);
  if (!parsed) return null;
  return side === "start" ? parsed.date : endOfPeriod(parsed);
}
