// The first day a row can show in a past view (?asOf=), by the rules of visibility.ts, and so the
// first day an edit can change: a publication keeps every stored past view of an earlier day
// (lib/cache/publication-steps.ts). A row is visible on day d once its program is (published, not
// deleted, announcedOn ≤ d and publishedAt ≤ d), its announcement is, when it hangs off one (the
// same rule), and each of its own dates that visibility.ts requires (a claim's asOf, a source's
// publishedOn, a partner's joinedOn) is ≤ d. Every rule there is "a date ≤ d", so a row visible on d
// is visible on every later day: its first day is the latest of those dates.
//
// A change to visibility.ts must be mirrored here. Leaving a date out is safe (an earlier first day:
// more past views are dropped); adding one visibility.ts does not require is not (a past view would
// keep a row it shows).
import { toIsoDay, type IsoDate } from "@/lib/core/dates";

/** A program's or an announcement's publication. */
export type Publishable = { publicationState: string; publishedAt: Date | null; announcedOn: Date; deletedAt: Date | null };

/** A row as visibility.ts judges it. A program itself is `{ program }`; an announcement `{ program, announcement }`. */
export type VisibleRow = {
  program: Publishable;
  announcement?: Publishable | null;
  /** The row's own deletion (a deleted row shows nowhere). */
  deletedAt?: Date | null;
  /** The row's own dates a past view requires to be on or before its day; null: not given, so not required. */
  dates?: readonly (Date | null)[];
};

const published = (p: Publishable): p is Publishable & { publishedAt: Date } =>
  p.publicationState === "published" && p.deletedAt === null && p.publishedAt !== null;

/** The first day the row shows in a past view, or null when it shows in none (a draft, a deleted row). */
export function visibleFrom(row: VisibleRow): IsoDate | null {
  const publications = row.announcement ? [row.program, row.announcement] : [row.program];
  if (row.deletedAt || !publications.every(published)) return null;
  const days = [...publications.flatMap((p) => [p.announcedOn, p.publishedAt]), ...(row.dates ?? [])].flatMap((date) =>
    date ? [toIsoDay(date)] : [],
  );
  return days.reduce((latest, day) => (day > latest ? day : latest));
}

/**
 * The first day a change can show in a past view: the earliest first day of the rows it touched,
 * each given as it was before and as it is after (a row that left a view changed it as much as one
 * that came in). Never later than today: a stored past view is of an earlier day. A row that cannot
 * be bounded (null) makes it null: every day.
 */
export function affectedFrom(rows: readonly (VisibleRow | null)[], now: Date = new Date()): IsoDate | null {
  let earliest = toIsoDay(now);
  for (const row of rows) {
    if (row === null) return null;
    const day = visibleFrom(row);
    if (day !== null && day < earliest) earliest = day;
  }
  return earliest;
}
