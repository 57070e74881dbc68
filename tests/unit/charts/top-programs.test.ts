import { describe, expect, it } from "vitest";
import { buildCompareChart } from "@/lib/charts/compare-chart";
import { defaultCompareParams } from "@/lib/dashboard/compare-params";
import { largestPrograms } from "@/lib/data/compare";
import { mostMilestones } from "@/lib/data/timeline";
import { capacity } from "./claims";

const slugs = Array.from({ length: 14 }, (_, i) => `p${String(i).padStart(2, "0")}`);

describe("the default selection of a long program list", () => {
  it("compare: the panels take turns giving their largest, so none crowds out another; nothing drawn is left out", () => {
    // p00 … p07 state FP64 exaFLOPS (p00 the smallest); p08 … p12 only FP8, much larger but another unit; p13 nothing.
    const compute = (slug: string, value: number, precision: string) =>
      capacity({ programSlug: slug, metric: "compute", unit: "EFLOPS", precision, value: String(value) });
    const claims = [
      ...slugs.slice(0, 8).map((slug, i) => compute(slug, i + 1, "fp64")),
      ...slugs.slice(8, 13).map((slug, i) => compute(slug, 1000 * (i + 1), "fp8")),
    ];
    const params = { ...defaultCompareParams, metric: "compute" as const, claims: "all" as const };
    const chart = buildCompareChart(claims, params, [], slugs);
    expect(chart.panels.map((p) => p.key)).toEqual(["fp64", "fp8"]);
    // fp64 ranks p07 … p00, fp8 p12 … p08: in turns p07, p12, p06, p11, … five from each.
    expect(largestPrograms(chart)).toEqual(["p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10", "p11", "p12"]);
  });

  it("timeline: the ten lanes with the most milestones, in their usual order", () => {
    const lanes = slugs.map((slug, i) => ({ slug, milestones: Array.from({ length: i % 7 }) }));
    expect(mostMilestones(lanes).map((l) => l.slug)).toEqual(["p02", "p03", "p04", "p05", "p06", "p09", "p10", "p11", "p12", "p13"]);
    expect(mostMilestones(lanes.slice(0, 10))).toHaveLength(10);
  });
});
