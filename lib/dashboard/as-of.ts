import type { KnownBy } from "@/lib/data/visibility";

/** The ?asOf= day of a past view, or null for the live view. */
export function asOfDay(knownBy: KnownBy): string | null {
  return knownBy ? knownBy.toISOString().slice(0, 10) : null;
}

/** An internal link that stays in the same past view. */
export function withAsOf(href: string, knownBy: KnownBy): string {
  const day = asOfDay(knownBy);
  if (!day) return href;
  const [path, hash] = href.split("#", 2);
  const separator = path!.includes("?") ? "&" : "?";
  return `${path}${separator}asOf=${day}${hash === undefined ? "" : `#${hash}`}`;
}
