// One program for the API: the page's DTO with the claim trees flattened (each claim already names
// its parent and what it supersedes; a flat list is easier to load into a table than nested parts).
import type { ClaimNode } from "@/lib/data/claim-tree";
import type { ProgramDetailDto } from "@/lib/data/program-detail";

type Flat<T> = T & { supersededById: string | null };

/** Depth-first, so a part follows its parent, in the page's order. */
export function flattenClaims<T>(nodes: ClaimNode<T>[]): Flat<T>[] {
  return nodes.flatMap((node) => [{ ...node.claim, supersededById: node.supersededById }, ...flattenClaims(node.parts)]);
}

type Linked = { id: string; parentId: string | null; supersedesId: string | null };

/**
 * A link to a claim the answer does not hold (a draft's or a deleted claim's) becomes null: the
 * page shows such a claim on its own (lib/data/claim-tree.ts), and the id of a hidden claim is
 * itself something readers may not see.
 */
export function keepLinksWithin<T extends Linked>(claims: T[]): T[] {
  const ids = new Set(claims.map((claim) => claim.id));
  const within = (id: string | null) => (id !== null && ids.has(id) ? id : null);
  return claims.map((claim) => ({ ...claim, parentId: within(claim.parentId), supersedesId: within(claim.supersedesId) }));
}

export function programForApi(detail: ProgramDetailDto) {
  const { funding, capacity, ...rest } = detail;
  return {
    ...rest,
    funding: keepLinksWithin(flattenClaims(funding)),
    capacity: keepLinksWithin(capacity.flatMap((group) => flattenClaims(group.claims))),
  };
}
