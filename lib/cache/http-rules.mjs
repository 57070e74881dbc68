// The rules the caches here share (lib/cache/http-cache.ts, front-cache.mjs):
// ETags, If-None-Match, the order of a query, and what a past view is. Plain JavaScript: the front
// cache runs in the server before anything is compiled, and the app imports the same functions.
import { createHash } from "node:crypto";

/** A weak ETag (a hash of the body): the server may compress the body. */
export function weakEtagOf(body) {
  return `W/"${createHash("sha256").update(body).digest("base64url")}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ is ignored, "*" matches any. */
export function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const opaque = (tag) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/**
 * A query's pairs ordered by name only, so the same options in another order share a cache entry.
 * The values of a repeated name keep their order (a stable sort): a page reads the first one.
 */
export function sortedQuery(searchParams) {
  return [...searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The day a past view shows (asOf before today, UTC: what was known that day), or null for a live
 * view. The same rule as the pages' parseAsOf (lib/dashboard/as-of.ts): the first asOf, a real
 * calendar day, not year 0000.
 */
export function pastViewDay(url, now = new Date()) {
  const asOf = new URL(url, "http://cache.rules").searchParams.get("asOf");
  return asOf !== null && isCalendarDay(asOf) && asOf < now.toISOString().slice(0, 10) ? asOf : null;
}

// A day that Date reads back unchanged: 2025-02-30 rolls over to March, so it is not one.
function isCalendarDay(day) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day.startsWith("0000-")) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}
