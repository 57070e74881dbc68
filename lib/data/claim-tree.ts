// Claims as readers should meet them: the headline first, then the others newest first; each
// "of which" part under its parent (never added to it), and what supersedes what, both ways.
export type TreeClaim = {
  id: string;
  parentId: string | null;
  supersedesId: string | null;
  isHeadline: boolean;
  asOf: string | null;
  label: string;
};

export type ClaimNode<T> = { claim: T; supersededById: string | null; parts: ClaimNode<T>[] };

function compareClaims(a: TreeClaim, b: TreeClaim): number {
  if (a.isHeadline !== b.isHeadline) return a.isHeadline ? -1 : 1;
  if (a.asOf !== b.asOf) {
    if (a.asOf === null) return 1;
    if (b.asOf === null) return -1;
    return a.asOf < b.asOf ? 1 : -1;
  }
  return a.label.localeCompare(b.label);
}

/**
 * Claims whose parent is not among the given ones (e.g. the parent is a draft) stand on their own.
 * A claim is superseded only by a claim in the list, so a draft correction marks nothing.
 */
export function buildClaimTree<T extends TreeClaim>(claims: T[]): ClaimNode<T>[] {
  const ids = new Set(claims.map((claim) => claim.id));
  const supersededBy = new Map(claims.filter((c) => c.supersedesId !== null).map((c) => [c.supersedesId!, c.id]));
  const sorted = [...claims].sort(compareClaims);
  const nodeOf = (claim: T): ClaimNode<T> => ({
    claim,
    supersededById: supersededBy.get(claim.id) ?? null,
    parts: sorted.filter((part) => part.parentId === claim.id).map(nodeOf),
  });
  return sorted.filter((claim) => claim.parentId === null || !ids.has(claim.parentId)).map(nodeOf);
}
