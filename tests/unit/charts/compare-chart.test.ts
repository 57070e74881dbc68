import { describe, expect, it } from "vitest";
import { buildCompareChart } from "@/lib/charts/compare-chart";
import { defaultCompareParams, type CompareParams } from "@/lib/dashboard/compare-params";
import { RATES } from "../money/reference-rates";
import { capacity, funding } from "./claims";

const params = (overrides: Partial<CompareParams>): CompareParams => ({ ...defaultCompareParams, claims: "all", ...overrides });

describe("buildCompareChart", () => {
  it("orders rows largest first, drawn before not drawn, and numbers them across panels", () => {
    const claims = [
      funding({ programSlug: "b", amount: "1000", isHeadline: false }),
      funding({ programSlug: "b", amount: "10", isHeadline: true }),
      funding({ programSlug: "a", amount: "5" }),
      funding({ programSlug: "b", amount: "5000", isHeadline: false }),
    ];
    const chart = buildCompareChart(claims, params({ currency: "original" }), RATES, ["a", "b"]);
    expect(chart.rows.map((r) => [r.programSlug, r.value?.high, r.n])).toEqual([
      ["b", 5000, 1],
      ["b", 1000, 2],
      ["b", 10, 3],
      ["a", 5, 4],
    ]);
    const ties = buildCompareChart(
      [funding({ programSlug: "b", amount: "5" }), funding({ programSlug: "a", amount: "5" })],
      params({ currency: "original" }),
      RATES,
      ["b", "a"],
    );
    expect(ties.rows.map((r) => r.programSlug)).toEqual(["b", "a"]); // equal values keep the page's program order
  });

  it("gives a program the same colour whichever others the chart draws", () => {
    // Fluidstack and ATOM prefer one purple; the colours follow every program of the day, not the drawn ones.
    const order = ["fluidstack-france", "stargate", "atom-project"];
    const colourOf = (slugs: string[]) =>
      buildCompareChart(
        slugs.map((programSlug) => funding({ programSlug, amount: "5" })),
        params({}),
        RATES,
        order,
      ).panels[0]!.colours;
    for (const slug of order) {
      expect(colourOf([slug])[slug], slug).toBe(colourOf(order)[slug]);
    }
    expect(colourOf(order)["fluidstack-france"]).not.toBe(colourOf(order)["atom-project"]);
  });

  it("in original-currency mode never puts two currencies on one axis", () => {
    const claims = [funding({ currency: "EUR" }), funding({ currency: "USD" }), funding({ currency: "JPY" })];
    const chart = buildCompareChart(claims, params({ currency: "original" }), RATES, []);
    expect(chart.panels.map((p) => p.key)).toEqual(["USD", "EUR", "JPY"]);
    for (const panel of chart.panels) expect(new Set(panel.rows.map((r) => r.original.replace(/[\d.,\s–]|bn|M/g, ""))).size).toBe(1);
    expect(chart.notes.join(" ")).toMatch(/no two currencies share an axis/);
  });

  it("lists a claim with no reference rate in the rows but leaves it out of the domain", () => {
    const chart = buildCompareChart([funding({ amount: "1000" }), funding({ currency: "BRL", amount: "1e15" })], params({}), RATES, []);
    const [panel] = chart.panels;
    expect(panel!.rows).toHaveLength(2);
    expect(panel!.domain).toEqual([0, 1500]);
    expect(chart.notes.join(" ")).toMatch(/1 claim is listed but not drawn/);
  });

  it("splits compute by precision and never mixes FP64 with AI precisions on one axis", () => {
    const claims = [
      capacity({ metric: "compute", unit: "EFLOPS", precision: "mixed_ai", value: "2200" }),
      capacity({ metric: "compute", unit: "EFLOPS", precision: "fp64", value: "2" }),
      capacity({ metric: "compute", unit: "EFLOPS", precision: "fp64", value: "1" }),
      capacity({ metric: "compute", unit: "EFLOPS", precision: null, value: "16" }),
    ];
    const chart = buildCompareChart(claims, params({ metric: "compute" }), [], []);
    expect(chart.panels.map((p) => [p.key, p.rows.length])).toEqual([
      ["fp64", 2],
      ["mixed_ai", 1],
      ["unspecified", 1],
    ]);
    expect(chart.panels[0]!.title).toBe("Compute, exaFLOPS (FP64, double precision)");
    expect(chart.notes.join(" ")).toMatch(/one panel per numeric precision/);
  });

  it("gives power an axis in GW with ticks to match, and lists a non-canonical unit without drawing it", () => {
    const claims = [capacity({ value: "10000" }), capacity({ value: "250" }), capacity({ unit: "GW", value: "5" })];
    const chart = buildCompareChart(claims, params({ metric: "power" }), [], []);
    const [panel] = chart.panels;
    expect(panel!.ticks.map((t) => t.label).at(-1)).toBe("10\u00a0GW");
    expect(panel!.rows.find((r) => r.notDrawn)?.notDrawn).toMatch(/Recorded in GW/);
  });

  it("on a log scale starts the domain a decade below the smallest drawn value", () => {
    const chart = buildCompareChart(
      [capacity({ value: "250" }), capacity({ value: "10000" })],
      params({ metric: "power", scale: "log" }),
      [],
      [],
    );
    expect(chart.panels[0]!.domain).toEqual([10, 10000]);
    expect(chart.panels[0]!.ticks.map((t) => t.value)).toEqual([10, 100, 1000, 10000]);
    expect(chart.notes.join(" ")).toMatch(/Logarithmic axis/);
  });

  it("on a log scale lists a zero, or a range from zero, without drawing it", () => {
    const claims = [
      capacity({ value: "1000" }),
      capacity({ value: "0" }),
      capacity({ shape: "range", value: null, low: "0", high: "500" }),
    ];
    const chart = buildCompareChart(claims, params({ metric: "power", scale: "log" }), [], []);
    expect(chart.rows.map((r) => [r.value, r.notDrawn?.startsWith("Zero cannot") ?? false])).toEqual([
      [{ low: 1000, high: 1000 }, false],
      [null, true],
      [null, true],
    ]);
    expect(chart.panels[0]!.domain).toEqual([100, 1000]);
    const linear = buildCompareChart(claims, params({ metric: "power" }), [], []);
    expect(linear.rows.every((r) => r.notDrawn === null)).toBe(true);
  });

  it("has no panel at all when nothing matches", () => {
    expect(buildCompareChart([funding({ confidence: "unverified" })], params({}), RATES, [])).toMatchObject({ panels: [], rows: [] });
  });
});
