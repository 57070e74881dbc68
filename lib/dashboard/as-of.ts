// `?asOf=YYYY-MM-DD`: the day a past view shows (what was known then; lib/data/visibility.ts applies it).
import { toIsoDay } from "@/lib/core/dates";
import { isoDayParam } from "@/lib/core/iso-day-param";

/** The last instant of a past view's day (UTC), or null for "now". */
export type KnownBy = Date | null;

/** `?asOf=` from a page's search params: a real date not in the future, else null (the live view). */
export function parseAsOf(value: string | string[] | undefined, today: Date = new Date()): KnownBy {
  const parsed = isoDayParam.safeParse(Array.isArray(value) ? value[0] : value);
  if (!parsed.success) return null;
  const end = new Date(`${parsed.data}T23:59:59.999Z`);
  return end.getTime() < startOfUtcDay(today).getTime() ? end : null;
}

/**
 * Whether the address asks for a past view that cannot be shown: an `asOf` that is not a real day
 * (2025-02-30, "last year") or is not before today. The page then shows today's data, and says so.
 * An empty `asOf` (the "known on" field cleared) and today's date ask for today's data.
 */
export function isUnreadableAsOf(value: string | string[] | undefined, today: Date = new Date()): boolean {
  const asked = Array.isArray(value) ? value[0] : value;
  if (asked === undefined || asked === "" || asked === toIsoDay(today)) return false;
  return parseAsOf(asked, today) === null;
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The ?asOf= day of a past view, or null for the live view. */
export function asOfDay(knownBy: KnownBy): string | null {
  return knownBy ? toIsoDay(knownBy) : null;
}

/** An internal link that stays in the same past view. */
export function withAsOf(href: string, knownBy: KnownBy): string {
  const day = asOfDay(knownBy);
  if (!day) return href;
  const [path, hash] = href.split("#", 2);
  const separator = path!.includes("?") ? "&" : "?";
  return `${path}${separator}asOf=${day}${hash === undefined ? "" : `#${hash}`}`;
}

/**
 * What a "known on" date form submits besides the date: the page's path and its other query
 * parameters, read from the page's live address (its past view's "see today" link).
 */
export function knownOnForm(livePath: string): { action: string; fields: [string, string][] } {
  const [path, query = ""] = livePath.split("#", 1)[0]!.split("?", 2);
  const fields = [...new URLSearchParams(query)].filter(([key]) => key !== "asOf");
  return { action: path!, fields };
}
