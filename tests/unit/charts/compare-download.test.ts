import { describe, expect, it } from "vitest";
import { buildCompareChart } from "@/lib/charts/compare-chart";
import { compareCsv, compareJson, downloadName } from "@/lib/api/compare-download";
import { defaultCompareParams } from "@/lib/dashboard/compare-params";
import type { CompareData } from "@/lib/data/compare";
import { RATES } from "../money/reference-rates";
import { funding } from "./claims";
import { parseCsv } from "../../support/parse-csv";

const params = { ...defaultCompareParams, claims: "all" as const, asOf: "2025-06-01" };
const data: CompareData = {
  params,
  programs: [],
  byDefault: [],
  unknownPrograms: [],
  chart: buildCompareChart([funding({ label: 'Phase "1", first' }), funding({ currency: "BRL", isHeadline: false })], params, RATES, []),
};

describe("compare downloads", () => {
  it("CSV: one line per chart row, in order, with the source, and quoted as CSV needs", () => {
    const csv = compareCsv(data);
    const rows = parseCsv(csv);
    expect(rows.map((r) => [r.n, r.claim, r.figure, r.not_drawn !== ""])).toEqual([
      ["1", 'Phase "1", first', "≈ $11.3\u00a0bn", false],
      ["2", "Phase 1", "no reference rate", true],
    ]);
    expect(rows[0]).toMatchObject({
      source_publisher: "Élysée",
      source_url: "https://example.org/a",
      headline: "yes",
      as_stated: "€10\u00a0bn",
    });
  });

  it("CSV: a database text that a spreadsheet would run as a formula is written as text", () => {
    const chart = buildCompareChart([funding({ label: '=HYPERLINK("https://evil.example")', programName: "@SUM(A1)" })], params, RATES, []);
    const [row] = parseCsv(compareCsv({ ...data, chart }));
    expect(row).toMatchObject({ claim: '\'=HYPERLINK("https://evil.example")', program: "'@SUM(A1)", n: "1" });
  });

  it("JSON: the canonical query, the axes and the same rows", () => {
    const json = compareJson(data);
    expect(json.query).toBe("claims=all&asOf=2025-06-01");
    expect(json.rows.map((r) => r.n)).toEqual([1, 2]);
    expect(json.axes[0]).toMatchObject({ key: "USD", scale: "linear" });
  });

  it("names the file after the chart, its main options and the day: the pin, else today", () => {
    expect(downloadName(data, "csv")).toBe("compute-atlas_compare_funding_usd_2025-06-01.csv");
    const live = { ...data, params: { ...data.params, asOf: null } };
    expect(downloadName(live, "json", new Date("2026-12-06T10:00:00Z"))).toBe("compute-atlas_compare_funding_usd_2026-12-06.json");
  });
});
