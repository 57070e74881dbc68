// Which stored past views (?asOf= before today) a publication leaves standing. A publication names
// the first day it can change, its "affected from" day D (lib/data/visible-from.ts: the first day any
// row it touched, before or after the change, shows in a past view), or null when it cannot say
// (every day). A past view of day a, stored at publication p, is still true while no later
// publication has D ≤ a. Live views are dropped by every publication.
//
// Kept as steps rather than a log: the latest publication that affected day a is the latest q with
// D ≤ a. A new publication q affects every day from its D on, and is later than all before it, so it
// replaces every step from D on. The steps then rise in both day and publication, and the answer for
// day a is the step with the greatest day ≤ a (in Redis: one ZREVRANGEBYSCORE … LIMIT 0 1, read with
// the entry). Past MAX_STEPS the oldest steps are merged into one covering every day, as if their
// latest publication had affected all earlier days too: more past views are dropped, never fewer.
import type { IsoDate } from "@/lib/core/dates";

/** A publication's first affected day; null: unknown, so every day (the safe default). */
export type AffectedFrom = IsoDate | null;

/** From `from` (a day as YYYYMMDD, or -Infinity: every day) on, the latest publication affecting it. */
export type Step = { from: number; publication: number };

/** About a year of daily publications that each affect only their own day onwards. */
export const MAX_STEPS = 400;

/** A day as a sortable number (2026-12-06 → 20261206); null (every day) → -Infinity. */
export function dayScore(day: AffectedFrom): number {
  return day === null ? -Infinity : Number(day.replaceAll("-", ""));
}

/** The steps after `publication`; with no steps (history lost, or none yet) it affects every day. */
export function addPublication(steps: readonly Step[], publication: number, from: AffectedFrom, max: number = MAX_STEPS): Step[] {
  if (steps.length === 0) return [{ from: -Infinity, publication }];
  const score = dayScore(from);
  const kept = [...steps.filter((step) => step.from < score), { from: score, publication }];
  if (kept.length <= max) return kept;
  const merged = kept.length - max;
  return [{ from: -Infinity, publication: kept[merged]!.publication }, ...kept.slice(merged + 1)];
}

/** The latest publication that affected `day`, or undefined when the steps do not say (none kept). */
export function lastAffecting(steps: readonly Step[], day: IsoDate): number | undefined {
  const score = dayScore(day);
  let found: number | undefined;
  for (const step of steps) {
    if (step.from > score) break;
    found = step.publication;
  }
  return found;
}

/**
 * The latest publication that affected a day, as Redis says it: `step`, the day's step; `top`, the
 * newest publication with a step; `current`, the counter. A counter ahead of the top step was bumped
 * without a step (an older build's INCR, or one run by hand), so that publication affected every day.
 */
export function affectingInRedis(step: number | undefined, top: number | undefined, current: number): number | undefined {
  if (step === undefined) return undefined;
  return top !== undefined && current > top ? current : step;
}

/**
 * Whether an answer stored at `stored` (publication counter) may be served now, at `current`: only
 * for the day it was stored for (`asOf`, null: live). Any answer stored at the current publication
 * may; an older one only if it is a past view and no publication after it affected that day.
 * `affecting` is the latest that did, when known; unknown (no steps) or a counter that went back (a
 * Redis emptied) is a miss.
 */
export function stillTrue(
  stored: { publication: string; asOf?: IsoDate | null },
  asked: { asOf: IsoDate | null; current: string; affecting: number | undefined },
): boolean {
  // A live answer stored before midnight is not the past view of its day asked for after it.
  if ((stored.asOf ?? null) !== asked.asOf) return false;
  if (stored.publication === asked.current) return true;
  if (!stored.asOf || asked.affecting === undefined) return false;
  if (stored.publication === "" || asked.current === "") return false;
  const publication = Number(stored.publication);
  return asked.affecting <= publication && publication <= Number(asked.current);
}
