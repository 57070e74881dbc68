import { describe, expect, it } from "vitest";
import { columnsOf, fileName, recordOf, toCsv, type CsvCells } from "@/lib/api/csv";
import { programRecords, programsCsvColumns } from "@/lib/api/programs-csv-rows";
import type { HeadlineFundingDto, ProgramSummaryDto } from "@/lib/schemas/api/programs";
import { source } from "./charts/claims";

const program = (headlineFunding: HeadlineFundingDto[]): ProgramSummaryDto => ({
  slug: "p",
  name: "Program P",
  nameFr: null,
  country: "France",
  region: "Europe",
  kind: "public",
  status: "announced",
  announcedOn: "2025-02-10",
  summary: "",
  headlineFunding,
});

const claim = (figure: HeadlineFundingDto["money"]["figure"], text: string): HeadlineFundingDto => ({
  id: `c-${text}`,
  label: "Phase 1",
  kind: "committed",
  confidence: "verified",
  asOf: "2025-02-10",
  asOfLabel: "2025-02-10",
  money: { figure, text, usd: { ok: false, message: "no rate" } },
  source,
});

describe("the programs CSV", () => {
  it("has the value columns every CSV of the API has", () => {
    expect(programsCsvColumns).toEqual(expect.arrayContaining(["shape", "value_low", "value_high", "unit", "currency"]));
  });

  it("gives each headline figure as stated: its shape, a range's two ends, any other shape's one amount, and its currency", () => {
    const rows = programRecords([
      program([
        claim({ shape: "range", amount: null, low: "1000000000.00", high: "2000000000.00", currency: "EUR" }, "€1–2 bn"),
        claim({ shape: "up_to", amount: "500000000000.00", low: null, high: null, currency: "USD" }, "up to $500 bn"),
      ]),
      program([]),
    ]);
    // The shape keeps an "up to" amount (in both value columns) from reading as exact.
    expect(rows.map((r) => [r.figure, r.shape, r.value_low, r.value_high, r.unit, r.currency])).toEqual([
      ["€1–2 bn", "range", "1000000000.00", "2000000000.00", "", "EUR"],
      ["up to $500 bn", "up_to", "500000000000.00", "500000000000.00", "", "USD"],
      ["", "", "", "", "", ""],
    ]);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual([...programsCsvColumns].sort());
  });
});

describe("a CSV's table of cells", () => {
  it("gives the columns in the table's order and fills each line cell by cell", () => {
    const cells = {
      label: (n: number) => `#${n}`,
      double: (n: number) => n * 2,
      even: (n: number) => n % 2 === 0,
    } satisfies CsvCells<number>;
    expect(columnsOf(cells)).toEqual(["label", "double", "even"]);
    expect(recordOf(cells, 3)).toEqual({ label: "#3", double: 6, even: false });
    expect(
      toCsv(
        [1, 2].map((n) => recordOf(cells, n)),
        columnsOf(cells),
      ),
    ).toBe("label,double,even\n#1,2,no\n#2,4,yes\n");
  });
});

describe("a data file's name", () => {
  it("says what it holds and the day its data is as of, a live view's included", () => {
    const today = new Date("2026-12-06T10:00:00Z");
    expect(fileName("programs", null, "csv", today)).toBe("compute-atlas_programs_2026-12-06.csv");
    expect(fileName("sources", new Date("2025-06-30T23:59:59.999Z"), "json", today)).toBe("compute-atlas_sources_2025-06-30.json");
  });
});
