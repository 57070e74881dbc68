import { describe, expect, it } from "vitest";
import { addDays, addMonths, calendarMonthsBetween, daysBetween, maxDate, minDate, periodEnd, periodStart } from "@/lib/core/dates";

describe("calendar arithmetic on ISO dates", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2025-11-24", 60)).toBe("2026-01-23");
    expect(addDays("2025-11-24", 270)).toBe("2026-08-21");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });

  it("counts signed days between dates", () => {
    expect(daysBetween("2026-01-23", "2026-02-12")).toBe(20);
    expect(daysBetween("2026-02-12", "2026-01-23")).toBe(-20);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });

  // A stored partial date's own period is in tests/unit/partial-date.test.ts; these days fall inside one.
  it.each([
    ["2026-02-21", "day", ["2026-02-21", "2026-02-21"]],
    ["2026-08-15", "day", ["2026-08-15", "2026-08-15"]],
    ["2026-08-15", "month", ["2026-08-01", "2026-08-31"]],
    ["2026-12-15", "month", ["2026-12-01", "2026-12-31"]],
    ["2026-08-01", "quarter", ["2026-07-01", "2026-09-30"]],
    ["2026-08-15", "quarter", ["2026-07-01", "2026-09-30"]],
    ["2026-11-15", "quarter", ["2026-10-01", "2026-12-31"]],
    ["2026-08-15", "half_year", ["2026-07-01", "2026-12-31"]],
    // January's winter began the December before.
    ["2027-01-15", "season", ["2026-12-01", "2027-02-28"]],
    ["2026-08-15", "year", ["2026-01-01", "2026-12-31"]],
  ] as const)("puts %s at %s precision in the period %j", (day, precision, period) => {
    expect([periodStart(day, precision), periodEnd(day, precision)]).toEqual(period);
  });

  it("counts calendar months and steps by months", () => {
    expect(calendarMonthsBetween("2026-02-21", "2026-05-01")).toBe(3);
    expect(calendarMonthsBetween("2025-12-31", "2026-01-01")).toBe(1);
    expect(calendarMonthsBetween("2026-05-01", "2026-02-01")).toBe(-3);
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-01");
  });

  it("finds the earliest and latest date, or null for none", () => {
    expect(minDate(["2026-01-02", "2025-03-04", "2027-01-01"])).toBe("2025-03-04");
    expect(maxDate(["2026-01-02", "2025-03-04", "2027-01-01"])).toBe("2027-01-01");
    expect(minDate([])).toBeNull();
  });
});
