import { describe, expect, it } from "vitest";
import { periodEnd, periodStart } from "@/lib/core/dates";
import { formatPartialDate } from "@/lib/core/partial-date";

describe("a partial date, stored as the first day of its period", () => {
  // Meteorological seasons (Northern Hemisphere); thirds of the year for early, mid and late.
  it.each([
    ["2025-11-24", "day", "2025-11-24", ["2025-11-24", "2025-11-24"]],
    ["2025-08-01", "month", "Aug 2025", ["2025-08-01", "2025-08-31"]],
    ["2026-02-01", "month", "Feb 2026", ["2026-02-01", "2026-02-28"]],
    ["2024-02-01", "month", "Feb 2024", ["2024-02-01", "2024-02-29"]],
    ["2026-01-01", "quarter", "Q1 2026", ["2026-01-01", "2026-03-31"]],
    ["2026-07-01", "quarter", "Q3 2026", ["2026-07-01", "2026-09-30"]],
    ["2026-01-01", "half_year", "H1 2026", ["2026-01-01", "2026-06-30"]],
    ["2026-07-01", "half_year", "H2 2026", ["2026-07-01", "2026-12-31"]],
    ["2026-03-01", "season", "spring 2026", ["2026-03-01", "2026-05-31"]],
    ["2026-06-01", "season", "summer 2026", ["2026-06-01", "2026-08-31"]],
    ["2026-12-01", "season", "winter 2026", ["2026-12-01", "2027-02-28"]],
    ["2026-01-01", "part_of_year", "early 2026", ["2026-01-01", "2026-04-30"]],
    ["2026-05-01", "part_of_year", "mid-2026", ["2026-05-01", "2026-08-31"]],
    ["2026-09-01", "part_of_year", "late 2026", ["2026-09-01", "2026-12-31"]],
    ["2028-01-01", "year", "2028", ["2028-01-01", "2028-12-31"]],
  ] as const)("%s at %s precision reads %s and stands for the period %j", (iso, precision, label, period) => {
    expect(formatPartialDate(iso, precision)).toBe(label);
    expect([periodStart(iso, precision), periodEnd(iso, precision)]).toEqual(period);
  });

  it("reads a date of no stated precision as a day", () => {
    expect(formatPartialDate("2025-02-10", null)).toBe("2025-02-10");
  });

  it("keeps an unknown date unknown", () => {
    expect(formatPartialDate(null, "day")).toBeNull();
  });
});
