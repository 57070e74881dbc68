// Fiscal years (issue 15): money stated for "FY2024-25 (April–March)" or "JFY2023" converts at the
// rate of the year it is stated for, and the sentence says which year and why.
import { describe, expect, it } from "vitest";
import { convertFigure, rateYearOf, readFiscalYear } from "@/lib/money";
import { INR_2025, NB, RATES, point } from "./reference-rates";

const INR_2024 = { ...INR_2025, year: 2024, usdPerUnit: "0.011962" };

describe("readFiscalYear", () => {
  it.each([
    ["FY2024-25", "2024-04-01", "2025-03-31", "FY2024-25 (April 2024–March 2025)"],
    ["FY2024-25 (April–March)", "2024-04-01", "2025-03-31", "FY2024-25 (April 2024–March 2025)"],
    ["FY 2024–2025 (Apr–Mar)", "2024-04-01", "2025-03-31", "FY2024–2025 (April 2024–March 2025)"],
    ["FY2024/25 (July–June)", "2024-07-01", "2025-06-30", "FY2024/25 (July 2024–June 2025)"],
    ["JFY2023", "2023-04-01", "2024-03-31", "JFY2023 (April 2023–March 2024)"],
    ["budget for FY2026 (October–September)", "2025-10-01", "2026-09-30", "FY2026 (October 2025–September 2026)"],
    ["FY2026 (January–December)", "2026-01-01", "2026-12-31", "FY2026 (January 2026–December 2026)"],
  ])("%s", (text, start, end, label) => {
    expect(readFiscalYear(text)).toEqual({ start, end, label });
  });

  it.each(["FY2026", "FY2024-25 to FY2028-29", "JFY2023 and JFY2024", "FY2024-26", "FY2024-25 (April–June)", "over five years", "2024"])(
    "does not guess %j",
    (text) => {
      expect(readFiscalYear(text)).toBeNull();
    },
  );
});

describe("rateYearOf: the year the money is stated for", () => {
  it.each([
    // April–March: the year it starts in holds nine months.
    [{ start: null, end: null, text: "FY2024-25 (April–March)" }, 2024, "the year holding most of FY2024-25 (April 2024–March 2025)"],
    [{ start: null, end: null, text: "JFY2023" }, 2023, "the year holding most of JFY2023 (April 2023–March 2024)"],
    // October–September: the year it ends in.
    [{ start: null, end: null, text: "FY2026 (October–September)" }, 2026, "the year holding most of FY2026 (October 2025–September 2026)"],
    // Dates alone: a budget year.
    [{ start: "2025-07-01", end: "2026-06-30", text: null }, 2025, "the year holding most of 2025-07-01 to 2026-06-30"],
    // Dates with a free text: the sentence names the dates, not words that may say more.
    [{ start: "2025-07-01", end: "2026-06-30", text: "over the next year" }, 2025, "the year holding most of 2025-07-01 to 2026-06-30"],
  ])("%j", (period, year, basis) => {
    expect(rateYearOf("2026-02-01", "2026-02-01", period)).toEqual({ year, basis });
  });

  it("keeps the claim's date for a period longer than a year, or none", () => {
    expect(rateYearOf("2026-02-01", null, { start: "2021-01-01", end: "2027-12-31", text: "MFF 2021–2027" })).toEqual({
      year: 2026,
      basis: null,
    });
    expect(rateYearOf(null, "2025-05-01", { start: null, end: null, text: "over five years" })).toEqual({ year: 2025, basis: null });
    expect(rateYearOf("2026-02-01", null)).toEqual({ year: 2026, basis: null });
  });

  it("converts at that year's rate and says which and why", () => {
    const year = rateYearOf("2026-02-01", "2026-02-01", { start: null, end: null, text: "FY2024-25 (April–March)" })!;
    const converted = convertFigure(point("exact", "103719200000", "INR"), "USD", year.year, [...RATES, INR_2024], year.basis);
    expect(converted.ok && converted.sentence).toBe(
      `≈ $1.24${NB}bn at the 2024 average INR/USD rate (Federal Reserve), the year holding most of FY2024-25 (April 2024–March 2025)`,
    );
  });
});
