// Which claims become marks. Rules (also stated on the page):
// - "of which" parts are never drawn: they are contained in their parent, and drawing them beside
//   it would invite adding them up;
// - a claim superseded by another claim the reader can see is left out (its update is drawn);
// - unverified and disputed claims only when the reader asks for them;
// - claim kinds as filtered;
// - in "headline" mode, only the claims editors marked as a program's headline figure; in "all"
//   mode every remaining claim, one mark each.
import type { CompareParams } from "@/lib/dashboard/compare-params";
import type { CompareClaim } from "./compare-types";

const doubtful = new Set(["unverified", "disputed"]);

export function selectClaims<T extends CompareClaim>(claims: readonly T[], params: CompareParams): T[] {
  // Supersession is read from every claim passed in (all the visible claims of the metric), not
  // only from the ones shown, so a filter can never bring back a figure its own update replaced.
  const superseded = new Set(claims.map((c) => c.supersedesId).filter((id): id is string => id !== null));
  const kinds: readonly string[] = params.metric === "money" ? params.funding : params.capacity;
  const programs = new Set(params.programs);
  return claims.filter((claim) => {
    if (claim.parentId !== null) return false;
    if (superseded.has(claim.id)) return false;
    if (!params.unverified && doubtful.has(claim.confidence)) return false;
    if (!kinds.includes(claim.kind)) return false;
    if (programs.size > 0 && !programs.has(claim.programSlug)) return false;
    return params.claims === "all" || claim.isHeadline;
  });
}
