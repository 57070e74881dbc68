import { describe, expect, it } from "vitest";
import { buildClaimTree } from "../../../lib/data/claim-tree";

const claim = (
  id: string,
  extra: Partial<{ parentId: string; supersedesId: string; isHeadline: boolean; asOf: string | null; label: string }> = {},
) => ({
  id,
  parentId: null,
  supersedesId: null,
  isHeadline: false,
  asOf: null,
  label: id,
  ...extra,
});

describe("buildClaimTree", () => {
  it("puts the headline first, then the newest, undated last", () => {
    const tree = buildClaimTree([
      claim("old", { asOf: "2025-01-01" }),
      claim("undated"),
      claim("new", { asOf: "2026-01-01" }),
      claim("head", { isHeadline: true, asOf: "2024-01-01" }),
    ]);
    expect(tree.map((n) => n.claim.id)).toEqual(["head", "new", "old", "undated"]);
  });

  it("nests 'of which' parts under their parent and not at the top", () => {
    const tree = buildClaimTree([
      claim("total", { isHeadline: true }),
      claim("part-a", { parentId: "total" }),
      claim("part-b", { parentId: "total" }),
      claim("sub", { parentId: "part-a" }),
    ]);
    expect(tree.map((n) => n.claim.id)).toEqual(["total"]);
    expect(tree[0]!.parts.map((n) => n.claim.id)).toEqual(["part-a", "part-b"]);
    expect(tree[0]!.parts[0]!.parts.map((n) => n.claim.id)).toEqual(["sub"]);
  });

  it("shows a part whose parent is hidden on its own", () => {
    expect(buildClaimTree([claim("orphan", { parentId: "hidden-draft" })]).map((n) => n.claim.id)).toEqual(["orphan"]);
  });

  it("marks what supersedes what, only among the given claims", () => {
    const tree = buildClaimTree([claim("v1"), claim("v2", { supersedesId: "v1" }), claim("v3", { supersedesId: "not-shown" })]);
    const byId = Object.fromEntries(tree.map((n) => [n.claim.id, n.supersededById]));
    expect(byId).toEqual({ v1: "v2", v2: null, v3: null });
  });
});
