import { describe, expect, it } from "vitest";
import { axisLabel, chartGeometry, fittingTicks, toBarData, tooltipText } from "@/lib/charts/bar-data";
import { estimateWidth } from "@/lib/charts/text-wrap";
import { buildCompareChart } from "@/lib/charts/compare-chart";
import { defaultCompareParams } from "@/lib/dashboard/compare-params";
import { legendEntries } from "@/lib/charts/legend";
import { RATES } from "../money/reference-rates";
import type { CompareFundingClaim } from "@/lib/charts/compare-types";
import { capacity, funding } from "./claims";

const all = { ...defaultCompareParams, claims: "all" as const, unverified: true };

describe("toBarData", () => {
  it("starts log bars at the domain's lower bound and keeps ranges floating", () => {
    const chart = buildCompareChart(
      [capacity({ value: "1000" }), capacity({ shape: "range", value: null, low: "600", high: "900" })],
      { ...all, metric: "power", scale: "log" },
      [],
      [],
    );
    const data = toBarData(chart.panels[0]!);
    // The smallest drawn value is 600, so the axis starts at 10, a full decade below 100.
    expect(data.map((d) => d.span)).toEqual([
      [10, 1000],
      [600, 900],
    ]);
    expect(data.every((d) => d.dot)).toBe(true); // a bar's length means nothing on a log axis
  });

  it("skips rows that are not drawn", () => {
    const chart = buildCompareChart([funding(), funding({ currency: "BRL" })], all, RATES, []);
    expect(toBarData(chart.panels[0]!)).toHaveLength(1);
  });

  it("labels a program's marks by kind only when it has several on the panel, and numbers each value", () => {
    const chart = buildCompareChart(
      [funding({ kind: "pledged", isHeadline: false }), funding(), funding({ programSlug: "x", programName: "X" })],
      all,
      RATES,
      [],
    );
    const data = toBarData(chart.panels[0]!);
    expect(data.map((d) => d.axisLabel)).toEqual(["Fluidstack · private investment", "Fluidstack · pledged", "X"]);
    expect(data[0]!.valueLabel).toBe("≈ $11.3\u00a0bn\u00a0[1]");
  });

  it("names the claims on a panel of one program's claims, whose title names the program", () => {
    const axisLabels = (claims: CompareFundingClaim[]) =>
      toBarData(buildCompareChart(claims, all, RATES, []).panels[0]!)
        .map((d) => d.axisLabel)
        .sort();
    expect(
      axisLabels([funding({ label: "Initial investment for Phase 1" }), funding({ kind: "pledged", isHeadline: false, label: "Pledge" })]),
    ).toEqual(["Initial investment for Phase 1", "Pledge"]);
    expect(
      axisLabels(["SoftBank", "Oracle"].map((who) => funding({ label: `Reported equity commitment – ${who}`, isHeadline: false }))),
    ).toEqual(["Reported equity commitment – Oracle", "Reported equity commitment – SoftBank"]);
  });

  it("never cuts a label: the geometry wraps it onto more lines, and widens the margin for long values", () => {
    const name = "Fluidstack AI supercomputer in France (Phase 1)";
    const row = buildCompareChart([funding({ programName: name })], all, RATES, []).rows[0]!;
    expect(axisLabel(row, true)).toBe(`${name} · private investment`);
    expect(axisLabel(row, false)).toBe(name);
    const panel = buildCompareChart([funding({ programName: name })], all, RATES, []).panels[0]!;
    for (const variant of ["wide", "narrow"] as const) {
      const geometry = chartGeometry(toBarData(panel), variant);
      expect(geometry.rows[0]!.labelLines.join(" ")).toBe(name);
      expect(geometry.rows[0]!.labelLines.length).toBeGreaterThan(variant === "wide" ? 1 : 0);
    }
    const long = buildCompareChart(
      [capacity({ metric: "accelerators", unit: "accelerators", shape: "at_least", value: "2000000" })],
      { ...all, metric: "accelerators" },
      [],
      [],
    ).panels[0]!;
    const wide = chartGeometry(toBarData(long), "wide");
    const value = wide.rows[0]!.valueLines.join(" ");
    expect(value).toMatch(/2\u00a0million\u00a0accelerators/);
    expect(wide.margin.right).toBeGreaterThan(estimateWidth(value, { fontSize: 12 }));
  });
});

describe("value labels", () => {
  // The labels the phone screenshots showed cut as "$320 / M [4]", "$450 / bn [2]".
  const claims = [
    funding({ shape: "at_least", amount: "320000000", currency: "USD", programName: "A" }),
    funding({ shape: "at_least", amount: "450000000000", currency: "USD", programName: "B", programSlug: "b" }),
    funding({ shape: "at_least", amount: "2940000000", programName: "C", programSlug: "c" }),
    funding({ shape: "exact", amount: "103719200000", currency: "INR", programName: "D", programSlug: "d" }),
  ];

  it("keep every number with its unit and its footnote mark on one line, in both layouts", () => {
    const panel = buildCompareChart(claims, all, RATES, []).panels[0]!;
    for (const variant of ["wide", "narrow"] as const) {
      for (const row of chartGeometry(toBarData(panel), variant).rows) {
        const figure = row.valueLabel.replace(/^(≈ )?(more than |up to )?/, "");
        expect(row.valueLines.at(-1)!.endsWith(figure), `${variant}: ${row.valueLines.join(" / ")}`).toBe(true);
        expect(row.valueLines.join(" ")).toBe(row.valueLabel);
      }
    }
  });

  it("hold a count's magnitude word to its number (the figure's text, as the API gives it, is unchanged)", () => {
    const panel = buildCompareChart(
      [capacity({ metric: "accelerators", unit: "accelerators", shape: "at_least", value: "2000000" })],
      { ...all, metric: "accelerators" },
      [],
      [],
    ).panels[0]!;
    expect(panel.rows[0]!.text).toBe("more than 2 million\u00a0accelerators");
    const row = chartGeometry(toBarData(panel), "narrow").rows[0]!;
    expect(row.valueLines.at(-1)).toBe("2\u00a0million\u00a0accelerators\u00a0[1]");
  });
});

describe("tooltipText", () => {
  it("gives the value, the stated figure, the conversion and the source", () => {
    const row = buildCompareChart([funding()], all, RATES, []).rows[0]!;
    expect(tooltipText(row).split("\n")).toEqual([
      "Fluidstack: Phase 1",
      "≈ $11.3\u00a0bn (stated: €10\u00a0bn)",
      "≈ $11.3\u00a0bn at the 2025 average EUR/USD rate (ECB)",
      "private investment · verified · as of 2025-02-10",
      'Source: Élysée, 2025-02-10: A <b>bold</b> & "quoted" article',
    ]);
  });

  it("says a figure was not converted", () => {
    const row = buildCompareChart([funding({ currency: "USD" })], all, RATES, []).rows[0]!;
    expect(tooltipText(row)).toContain("As stated; not converted.");
  });
});

describe("legendEntries", () => {
  it("lists only the kinds of mark the chart draws", () => {
    const chart = buildCompareChart(
      [
        funding({ shape: "up_to" }),
        funding({ confidence: "disputed" }),
        funding({ currency: "BRL", shape: "range", amount: null, low: "1", high: "2" }),
      ],
      all,
      RATES,
      [],
    );
    expect(legendEntries(chart.rows)).toEqual(["solid", "up_to", "disputed"]);
  });
});

describe("fittingTicks", () => {
  const label = (value: number) => (value === 0 ? "$0" : `$${value}\u00a0bn`);
  const labelled = (values: number[]) => values.map((value) => ({ value, label: label(value) }));
  const linear = { ticks: labelled([0, 100, 200, 300, 400, 500]), sparserTicks: [labelled([0, 250, 500]), labelled([0, 500])] };

  it("keeps every label where they fit side by side", () => {
    expect(fittingTicks(linear, 600, 12)).toEqual(linear.ticks);
  });

  it("gives a phone's linear axis at least three labels, 0 among them, that do not touch", () => {
    // The phone's plot: 184 px, 13 px text. Its own six ticks would be 37 px apart, "$500 bn" ~ 60 px wide.
    const ticks = fittingTicks(linear, 184, 13);
    expect(ticks.map((t) => t.label)).toEqual(["$0", "$250\u00a0bn", "$500\u00a0bn"]);
    // As a phone of 340 px shows it: centred labels at least 4 px apart at the 11 px-or-larger size it is drawn.
    const widest = Math.max(...ticks.map((t) => estimateWidth(t.label, { fontSize: 13 })));
    expect(184 / (ticks.length - 1)).toBeGreaterThan(widest + 4);
  });

  it("builds the sparser sets from the panel's own domain and labels: money on a phone, $0 / $250 bn / $500 bn", () => {
    const panel = buildCompareChart([funding({ currency: "USD", amount: "500000000000" })], all, RATES, []).panels[0]!;
    const geometry = chartGeometry(toBarData(panel), "narrow");
    const plotWidth = geometry.width - geometry.margin.left - geometry.margin.right;
    expect(fittingTicks(panel, plotWidth, geometry.fontSize).map((t) => t.label)).toEqual(["$0", "$250\u00a0bn", "$500\u00a0bn"]);
  });

  it("on a log axis keeps every other one, counted back from the last (which names the unit), where they would touch", () => {
    const log = { ticks: labelled([1, 10, 100, 1000, 10000, 100000]), sparserTicks: [] };
    expect(fittingTicks(log, 240, 13).map((t) => t.value)).toEqual([10, 1000, 100000]);
  });

  it("keeps two ticks or fewer as they are", () => {
    const two = { ticks: linear.ticks.slice(0, 2), sparserTicks: [] };
    expect(fittingTicks(two, 10, 13)).toEqual(two.ticks);
  });
});
