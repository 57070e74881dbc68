// Milestone due dates. The research file pairs `dueDate` with a free-text `datePrecision`
// ("quarter ('early 2026')", "season ('summer 2026')", "year-end"); this turns both into the
// columns dueOn / duePrecision / dueText, and resolves "N days after" deadlines.
import type { DatePrecision } from "../generated/prisma/client";
import { addDays, fromIsoDay, toIsoDay } from "@/lib/core/dates";
import { parseDateText, parseDateWords, utcDate } from "./dates";

export type Due = { dueOn: Date | null; duePrecision: DatePrecision; dueText: string | null };

// The wording in quotes inside the precision text, e.g. "half-year ('early 2026')" → "early 2026".
function quotedWording(precisionText: string): string | null {
  return precisionText.match(/\('([^']+)'\)/)?.[1] ?? null;
}

export function parseDue(dueDate: string | null, precisionText: string): Due {
  if (!dueDate) return { dueOn: null, duePrecision: "day", dueText: null };
  const range = dueDate.match(/^(\d{4})\/(\d{4})$/);
  if (range) {
    // "2027/2028": stored as the later year so the milestone is not flagged late before the
    // range has ended; the text keeps both ends.
    return { dueOn: utcDate(+range[2]!, 1, 1), duePrecision: "year", dueText: `${range[1]}–${range[2]}` };
  }
  const parsed = parseDateText(dueDate);
  if (!parsed) return { dueOn: null, duePrecision: "day", dueText: dueDate };
  if (/^year-end/i.test(precisionText)) {
    // A year-end deadline is a real day (31 December), so day precision; the text says so.
    return { dueOn: parsed.date, duePrecision: "day", dueText: `end of ${parsed.date.getUTCFullYear()}` };
  }
  // "season ('summer 2026')" arrives as 2026-Q3 and "half-year ('early 2026')" as 2026-H1: the
  // source's own words are the precision (summer, early), not the research file's nearest quarter.
  const wording = quotedWording(precisionText);
  const worded = parseDateWords(wording);
  if (worded) return { dueOn: worded.date, duePrecision: worded.precision, dueText: wording };
  return { dueOn: parsed.date, duePrecision: parsed.precision, dueText: wording };
}

export type RelativeDeadline = {
  relativeDays: number;
  anchorOn: Date | null;
  anchorLabel: string;
  dueOn: Date | null;
};

/**
 * "N days after" a dated anchor resolves to anchor + N days; an anchor that is an event without a
 * date (e.g. "date DOE submits the challenge list") leaves dueOn unknown and names the event.
 */
export function resolveRelativeDeadline(days: number, from: string, datedAnchorLabel: string): RelativeDeadline {
  const anchor = /^\d{4}-\d{2}-\d{2}$/.test(from) ? parseDateText(from) : null;
  if (!anchor) return { relativeDays: days, anchorOn: null, anchorLabel: from, dueOn: null };
  return {
    relativeDays: days,
    anchorOn: anchor.date,
    anchorLabel: datedAnchorLabel,
    dueOn: fromIsoDay(addDays(toIsoDay(anchor.date), days)),
  };
}
