// One program for the API: the page's DTO with the claim trees flattened (each claim already names
// its parent and what it supersedes; a flat list is easier to load into a table than nested parts).
import type { ClaimNode } from "@/lib/data/claim-tree";
import type { ProgramDetailDto } from "@/lib/data/program-detail";

type Flat<T> = T & { supersededById: string | null };

/** Depth-first, so a part follows its parent, in the page's order. */
export function flattenClaims<T>(nodes: ClaimNode<T>[]): Flat<T>[] {
  return nodes.flatMap((node) => [{ ...node.claim, supersededById: node.supersededById }, ...flattenClaims(node.parts)]);
}

export function programForApi(detail: ProgramDetailDto) {
  const { funding, capacity, ...rest } = detail;
  return { ...rest, funding: flattenClaims(funding), capacity: capacity.flatMap((group) => flattenClaims(group.claims)) };
}
