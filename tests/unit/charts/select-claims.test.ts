import { describe, expect, it } from "vitest";
import { defaultCompareParams } from "@/lib/dashboard/compare-params";
import { selectClaims } from "@/lib/charts/select-claims";
import { funding } from "./claims";

const all = { ...defaultCompareParams, claims: "all" as const };
const ids = (claims: { id: string }[]) => claims.map((c) => c.id);

describe("selectClaims", () => {
  it("never draws an 'of which' part, so parts cannot be added to their parent", () => {
    const parent = funding();
    const part = funding({ parentId: parent.id, isHeadline: false });
    expect(ids(selectClaims([parent, part], all))).toEqual([parent.id]);
  });

  it("leaves out a claim its visible update supersedes, whatever filter hides the update", () => {
    const old = funding({ kind: "pledged", isHeadline: false });
    const update = funding({ kind: "committed", supersedesId: old.id });
    expect(ids(selectClaims([old, update], all))).toEqual([update.id]);
    expect(ids(selectClaims([old, update], { ...all, funding: ["pledged"] }))).toEqual([]);
    // In a past view the update is not loaded, so the older figure is drawn.
    expect(ids(selectClaims([old], all))).toEqual([old.id]);
  });

  it("hides unverified and disputed claims unless asked", () => {
    const claims = [
      funding(),
      funding({ confidence: "reported" }),
      funding({ confidence: "unverified" }),
      funding({ confidence: "disputed" }),
    ];
    expect(selectClaims(claims, all).map((c) => c.confidence)).toEqual(["verified", "reported"]);
    expect(selectClaims(claims, { ...all, unverified: true })).toHaveLength(4);
  });

  it("filters by claim kind and program", () => {
    const spent = funding({ kind: "spent" });
    const other = funding({ kind: "pledged", programSlug: "stargate" });
    expect(ids(selectClaims([spent, other], { ...all, funding: ["spent"] }))).toEqual([spent.id]);
    expect(ids(selectClaims([spent, other], { ...all, programs: ["stargate"] }))).toEqual([other.id]);
  });

  it("shows only headline figures in headline mode", () => {
    const headline = funding();
    const other = funding({ isHeadline: false });
    expect(ids(selectClaims([headline, other], defaultCompareParams))).toEqual([headline.id]);
    expect(ids(selectClaims([headline, other], all))).toEqual([headline.id, other.id]);
  });
});
