import { describe, expect, it } from "vitest";
import {
  compareHref,
  defaultCompareParams,
  foldProgramSelection,
  parseCompareParams,
  receivedQuery,
  serializeCompareParams,
} from "@/lib/dashboard/compare-params";

const today = new Date("2026-11-21T12:00:00Z");
const parse = (query: string) => parseCompareParams(new URLSearchParams(query), today);

describe("parseCompareParams", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual(defaultCompareParams);
  });

  it("reads every option", () => {
    const params = parse(
      "program=stargate&program=atom-project&metric=power&currency=eur&scale=log&claims=all&" +
        "funding=spent&capacity=operational&unverified=1&view=table&asOf=2025-01-01",
    );
    expect(params).toEqual({
      programs: ["atom-project", "stargate"],
      metric: "power",
      currency: "eur",
      scale: "log",
      claims: "all",
      funding: ["spent"],
      capacity: ["operational"],
      unverified: true,
      view: "table",
      asOf: "2025-01-01",
    });
  });

  it("falls back to the default for each bad value without touching the good ones", () => {
    const params = parse(
      "metric=gold&currency=yen&scale=cubic&claims=some&view=pie&unverified=maybe&asOf=2025-02-30&scale=log&program=Bad Slug&program=ok",
    );
    expect(params).toEqual({ ...defaultCompareParams, programs: ["ok"] });
  });

  it("keeps known kinds in vocabulary order, drops unknown ones, and reads none as all", () => {
    expect(parse("funding=spent,pledged,bogus").funding).toEqual(["pledged", "spent"]);
    expect(parse("funding=bogus").funding).toEqual(defaultCompareParams.funding);
  });

  it("takes the first value of a repeated single option and reads Next's record form too", () => {
    expect(parseCompareParams({ metric: ["compute", "power"], unverified: "on" }, today)).toMatchObject({
      metric: "compute",
      unverified: true,
    });
  });

  it("refuses a future past-view date (it would be the live view)", () => {
    expect(parse("asOf=2030-01-01").asOf).toBeNull();
    expect(parse("asOf=2026-11-20").asOf).toBe("2026-11-20");
  });
});

describe("serializeCompareParams", () => {
  it("writes nothing for the defaults", () => {
    expect(serializeCompareParams(defaultCompareParams)).toBe("");
    expect(compareHref(defaultCompareParams)).toBe("/compare");
  });

  it("writes only what differs, in a fixed order", () => {
    const params = {
      ...defaultCompareParams,
      view: "table" as const,
      scale: "log" as const,
      programs: ["a", "b"],
      funding: ["spent" as const],
    };
    expect(serializeCompareParams(params)).toBe("program=a&program=b&scale=log&funding=spent&view=table");
  });

  it("turns what a GET form submits with every default ticked into the bare address", () => {
    const submitted =
      "metric=money&currency=usd&scale=linear&claims=headline&funding=pledged&funding=committed&" +
      "funding=appropriated&funding=contracted&funding=spent&funding=private_investment&" +
      "funding=estimate&funding=funding_call&funding=mobilisation_target&capacity=target&" +
      "capacity=operational&asOf=";
    expect(serializeCompareParams(parse(submitted))).toBe("");
    expect(receivedQuery(new URLSearchParams(submitted))).not.toBe("");
  });
});

describe("foldProgramSelection", () => {
  it("folds ticking every offered program into the default", () => {
    const params = { ...defaultCompareParams, programs: ["a", "b"] };
    expect(foldProgramSelection(params, ["b", "a"]).programs).toEqual([]);
    expect(foldProgramSelection(params, ["a", "b", "c"]).programs).toEqual(["a", "b"]);
  });
});

describe("receivedQuery", () => {
  it("lists the query as received, leaving out framework-internal keys", () => {
    expect(receivedQuery({ scale: "log", program: ["a", "b"], _rsc: "x", empty: undefined })).toBe("scale=log&program=a&program=b");
  });
});
