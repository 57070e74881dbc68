import { describe, expect, it } from "vitest";
import { formatPartialDate } from "@/lib/core/partial-date";

describe("formatPartialDate", () => {
  it.each([
    ["2025-11-24", "day", "2025-11-24"],
    ["2025-08-01", "month", "Aug 2025"],
    ["2026-07-01", "quarter", "Q3 2026"],
    ["2026-01-01", "half_year", "H1 2026"],
    ["2026-07-01", "half_year", "H2 2026"],
    ["2026-06-01", "season", "summer 2026"],
    ["2026-12-01", "season", "winter 2026"],
    ["2026-01-01", "part_of_year", "early 2026"],
    ["2026-05-01", "part_of_year", "mid-2026"],
    ["2026-09-01", "part_of_year", "late 2026"],
    ["2028-01-01", "year", "2028"],
    ["2025-02-10", null, "2025-02-10"],
  ] as const)("%s at %s precision reads %s", (iso, precision, expected) => {
    expect(formatPartialDate(iso, precision)).toBe(expected);
  });

  it("keeps an unknown date unknown", () => {
    expect(formatPartialDate(null, "day")).toBeNull();
  });
});
