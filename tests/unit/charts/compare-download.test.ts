import { describe, expect, it } from "vitest";
import { buildCompareChart } from "@/lib/charts/compare-chart";
import { compareCsv, compareJson, downloadName } from "@/lib/charts/compare-download";
import { defaultCompareParams } from "@/lib/charts/compare-params";
import type { CompareData } from "@/lib/data/compare";
import { RATES } from "../money/reference-rates";
import { funding } from "./claims";

// A small RFC 4180 reader, so the test reads the CSV independently of the library that wrote it.
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ",") { records.at(-1)!.push(field); field = ""; }
    else if (!quoted && c === "\n") { records.at(-1)!.push(field); field = ""; records.push([]); }
    else field += c;
  }
  const [header, ...rows] = records.filter((r) => r.length > 1);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}

const params = { ...defaultCompareParams, claims: "all" as const, asOf: "2025-06-01" };
const data: CompareData = {
  params, programs: [], unknownPrograms: [],
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
    expect(rows[0]).toMatchObject({ source_publisher: "Élysée", source_url: "https://example.org/a", headline: "yes", as_stated: "€10\u00a0bn" });
  });

  it("JSON: the canonical query, the axes and the same rows", () => {
    const json = compareJson(data);
    expect(json.query).toBe("claims=all&asOf=2025-06-01");
    expect(json.rows.map((r) => r.n)).toEqual([1, 2]);
    expect(json.axes[0]).toMatchObject({ key: "USD", scale: "linear" });
  });

  it("names the file after the metric and the past-view date", () => {
    expect(downloadName(data, "csv")).toBe("compute-atlas-money-as-of-2025-06-01.csv");
  });
});
