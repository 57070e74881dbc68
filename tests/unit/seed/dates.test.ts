import { describe, expect, it } from "vitest";
import { addDays, toIsoDay } from "@/lib/core/dates";
import { parseDateText, periodBound } from "@/lib/seed/dates";
import { genesisDeadlines } from "../../factories/genesis-deadlines";
import { parseDue, resolveRelativeDeadline } from "@/lib/seed/due-dates";

const day = (text: string | null | undefined) => {
  const parsed = parseDateText(text);
  return parsed ? [toIsoDay(parsed.date), parsed.precision] : null;
};

describe("parseDateText", () => {
  it("reads the research file's date texts at their precision", () => {
    expect(day("2025-11-28 (signed 2025-11-24)")).toEqual(["2025-11-28", "day"]);
    expect(day("2025-12 (after 2025-12-18)")).toEqual(["2025-12-01", "month"]);
    expect(day("2026 Q1 (a Monday; exact date not captured)")).toEqual(["2026-01-01", "quarter"]);
    expect(day("2026-Q3")).toEqual(["2026-07-01", "quarter"]);
    expect(day("2026-H1")).toEqual(["2026-01-01", "half_year"]);
    expect(day("2026-H2")).toEqual(["2026-07-01", "half_year"]);
    expect(day("2026 (updated after 2026-04-20)")).toEqual(["2026-01-01", "year"]);
  });

  it("has no date for undated texts", () => {
    expect(day("undated (after 2025-11-28)")).toBeNull();
    expect(day("values for 2023 and 2024; quoted in a repository test")).toBeNull();
    expect(day(null)).toBeNull();
  });

  it("takes the later of A/B and a full ISO day anywhere when nothing leads", () => {
    expect(day("2025-01/2025-07")).toEqual(["2025-07-01", "month"]);
    expect(day("mirror commit fa7d949, 2026-07-21")).toEqual(["2026-07-21", "day"]);
  });

  it("rejects impossible days", () => {
    expect(day("2025-02-30")).toBeNull();
  });
});

describe("periodBound", () => {
  it("reads starts as first days and ends as last days", () => {
    expect(toIsoDay(periodBound("2025-12", "start")!)).toBe("2025-12-01");
    expect(toIsoDay(periodBound("2029", "end")!)).toBe("2029-12-31");
    expect(toIsoDay(periodBound("2026-02", "end")!)).toBe("2026-02-28");
    expect(periodBound(null, "end")).toBeNull();
  });
});

describe("relative deadlines", () => {
  const eo = new Date("2025-11-24T00:00:00Z");
  it.each(genesisDeadlines)("%i days after 2025-11-24 is %s", (days, expected) => {
    expect(addDays(toIsoDay(eo), days)).toBe(expected);
    const resolved = resolveRelativeDeadline(days, "2025-11-24", "Executive Order 14363 signed");
    expect(toIsoDay(resolved.dueOn!)).toBe(expected);
    expect(resolved).toMatchObject({ relativeDays: days, anchorLabel: "Executive Order 14363 signed" });
    expect(toIsoDay(resolved.anchorOn!)).toBe("2025-11-24");
  });

  it("leaves the due date unknown when the anchor is an undated event", () => {
    expect(resolveRelativeDeadline(30, "date DOE submits the challenge list", "EO signed")).toEqual({
      relativeDays: 30,
      anchorOn: null,
      anchorLabel: "date DOE submits the challenge list",
      dueOn: null,
    });
  });
});

describe("parseDue", () => {
  const due = (date: string | null, precision: string) => {
    const d = parseDue(date, precision);
    return [d.dueOn ? toIsoDay(d.dueOn) : null, d.duePrecision, d.dueText];
  };

  it("maps every precision the research file uses", () => {
    expect(due("2026-01-23", "day")).toEqual(["2026-01-23", "day", null]);
    expect(due("2025-06", "month")).toEqual(["2025-06-01", "month", null]);
    // The source's words are the precision: "early 2026" is early 2026 whether the research file
    // wrote 2026-Q1 or 2026-H1 beside it (issue 14: one became 31 March, the other 30 June).
    expect(due("2026-Q1", "quarter ('early 2026')")).toEqual(["2026-01-01", "part_of_year", "early 2026"]);
    expect(due("2026-H1", "half-year ('early 2026')")).toEqual(["2026-01-01", "part_of_year", "early 2026"]);
    expect(due("2026-H1", "half-year ('mid-2026')")).toEqual(["2026-05-01", "part_of_year", "mid-2026"]);
    expect(due("2026-H1", "half-year")).toEqual(["2026-01-01", "half_year", null]);
    expect(due("2026", "year")).toEqual(["2026-01-01", "year", null]);
    expect(due("2026-12-31", "year-end")).toEqual(["2026-12-31", "day", "end of 2026"]);
    expect(due("2026-Q3", "season ('summer 2026')")).toEqual(["2026-06-01", "season", "summer 2026"]);
    expect(due("2027/2028", "year range")).toEqual(["2028-01-01", "year", "2027–2028"]);
    expect(due(null, "day")).toEqual([null, "day", null]);
  });
});
