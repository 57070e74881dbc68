import { describe, expect, it } from "vitest";
import { capacityKinds, fundingKinds } from "@/lib/core/vocabulary";
import { canonicalQuery } from "@/lib/dashboard/canonical-query";
import { compareCanonicalQuery, defaultCompareParams, serializeCompareParams, type CompareParams } from "@/lib/dashboard/compare-params";

const offered = ["stargate", "eurohpc-ai-factories", "genesis-mission"];

// What the /compare options form sends, in its own field order (every field, as a browser would).
function formFields(p: CompareParams, ticked: string[]): [string, string][] {
  return [
    ["metric", p.metric],
    ["currency", p.currency],
    ["scale", p.scale],
    ["claims", p.claims],
    ...ticked.map((slug): [string, string] => ["program", slug]),
    ...p.funding.map((kind): [string, string] => ["funding", kind]),
    ...p.capacity.map((kind): [string, string] => ["capacity", kind]),
    ...(p.unverified ? [["unverified", "1"] as [string, string]] : []),
    ["asOf", p.asOf ?? ""],
    ...(p.view !== "chart" ? [["view", p.view] as [string, string]] : []),
  ];
}

describe("the compare form's address, built in the browser", () => {
  it.each<[string, Partial<CompareParams>, string[]]>([
    ["the defaults", {}, offered],
    ["options in another order than the form's", { metric: "power", scale: "log", claims: "all", unverified: true }, offered],
    ["some programs, kinds and a past view", { funding: ["pledged", "spent"], asOf: "2025-06-01", view: "table" }, offered.slice(0, 2)],
    ["every kind but one", { capacity: [capacityKinds[0]], funding: fundingKinds.slice(1) }, offered],
  ])("is the page's canonical address: %s", (_, overrides, ticked) => {
    const params = { ...defaultCompareParams, ...overrides, programs: ticked.length === offered.length ? [] : [...ticked].sort() };
    const built = canonicalQuery(formFields(params, ticked), compareCanonicalQuery(offered)).toString();
    expect(built).toBe(serializeCompareParams(params));
  });

  it("without rules only leaves out empty fields", () => {
    expect(
      canonicalQuery([
        ["status", "overdue"],
        ["asOf", ""],
        ["program", "b"],
        ["program", "a"],
      ]).toString(),
    ).toBe("status=overdue&program=b&program=a");
  });
});
