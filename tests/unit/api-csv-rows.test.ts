import { describe, expect, it } from "vitest";
import { columnsOf, fileName, recordOf, toCsv, type CsvCells } from "@/lib/api/csv";
import { milestonesCsvColumns } from "@/lib/api/milestones";
import { organisationsCsvColumns } from "@/lib/api/organisations";
import { programRecords, programsCsvColumns } from "@/lib/api/programs-csv-rows";
import { sourcesCsvColumns } from "@/lib/api/sources";
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
  });
});

// The published headers, written out: readers' scripts read these columns by name and position, and the
// column list, the row builder and the OpenAPI document all come from one table that could change them together.
describe.each([
  [
    "programs",
    programsCsvColumns,
    "program_slug program country region kind status announced_on claim_id claim funding_kind confidence as_of figure shape " +
      "value_low value_high unit currency usd usd_conversion source_title source_publisher source_url source_published",
  ],
  [
    "milestones",
    milestonesCsvColumns,
    "milestone_id program_slug program title due_on due_precision due_label deadline first_due_on slippage_days status overdue " +
      "completed_on completed_late_by_days confidence source_title source_publisher source_url source_published " +
      "moved_by_source_title moved_by_source_url",
  ],
  ["organisations", organisationsCsvColumns, "organisation_slug organisation kind country program_slug program roles"],
  [
    "sources",
    sourcesCsvColumns,
    "source_id title publisher source_kind url published_on reliability language supports item_id item program_slug path",
  ],
])("the %s CSV", (_name, columns, header) => {
  it("keeps its published header", () => {
    expect(columns).toEqual(header.split(" "));
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
