import { describe, expect, it } from "vitest";
import {
  completedLateBy,
  daysUntil,
  deadlineOf,
  describeSlippage,
  isOverdue,
  resolveDue,
  slippageOf,
  statusOn,
} from "../../../lib/charts/timeline-due";

const relative = { dueOn: null, duePrecision: "day" as const };

describe("resolveDue", () => {
  it("resolves 'N days after' a dated anchor to a day", () => {
    expect(resolveDue({ ...relative, relativeDays: 60, anchorOn: "2025-11-24" })).toEqual({ on: "2026-01-23", precision: "day" });
    expect(resolveDue({ ...relative, relativeDays: 120, anchorOn: "2025-11-24" })).toEqual({ on: "2026-03-24", precision: "day" });
  });

  it("keeps a stored date and its precision", () => {
    expect(resolveDue({ dueOn: "2026-01-01", duePrecision: "quarter", relativeDays: null, anchorOn: null })).toEqual({
      on: "2026-01-01",
      precision: "quarter",
    });
  });

  it("leaves the date unknown when the anchor is an undated event", () => {
    expect(resolveDue({ ...relative, relativeDays: 30, anchorOn: null })).toBeNull();
    expect(resolveDue({ ...relative, relativeDays: null, anchorOn: null })).toBeNull();
  });
});

describe("deadlineOf", () => {
  it("is the last day of the period", () => {
    expect(deadlineOf({ on: "2026-01-01", precision: "year" })).toBe("2026-12-31");
    expect(deadlineOf({ on: "2026-07-01", precision: "quarter" })).toBe("2026-09-30");
    expect(deadlineOf({ on: "2026-06-01", precision: "month" })).toBe("2026-06-30");
  });
});

describe("slippageOf", () => {
  it("is null without a revision or when nothing moved", () => {
    expect(slippageOf(null, { on: "2026-02-21", precision: "day" })).toBeNull();
    expect(slippageOf({ on: "2026-02-21", precision: "day" }, { on: "2026-02-21", precision: "day" })).toBeNull();
    expect(slippageOf({ on: "2026-02-21", precision: "day" }, null)).toBeNull();
  });

  it("counts calendar months when a date is coarser than a day (the design's example)", () => {
    const slip = slippageOf({ on: "2026-02-21", precision: "day" }, { on: "2026-05-01", precision: "month" });
    expect(slip).toEqual({ days: 99, months: 3 });
    expect(describeSlippage(slip!)).toBe("3 months later");
  });

  it("compares day-precise dates in days and rounds to months", () => {
    expect(slippageOf({ on: "2026-01-23", precision: "day" }, { on: "2026-02-12", precision: "day" })).toEqual({ days: 20, months: 1 });
    expect(describeSlippage({ days: 20, months: 1 })).toBe("20 days later");
    expect(slippageOf({ on: "2026-03-01", precision: "day" }, { on: "2026-02-27", precision: "day" })).toEqual({ days: -2, months: 0 });
    expect(describeSlippage({ days: -2, months: 0 })).toBe("2 days earlier");
  });

  it("moves by whole quarters and years", () => {
    expect(slippageOf({ on: "2026-01-01", precision: "quarter" }, { on: "2026-04-01", precision: "quarter" })).toEqual({
      days: 91,
      months: 3,
    });
    expect(slippageOf({ on: "2027-01-01", precision: "year" }, { on: "2028-01-01", precision: "year" })).toEqual({ days: 366, months: 12 });
    expect(describeSlippage({ days: 366, months: 12 })).toBe("12 months later");
  });

  it("compares deadlines in days and in months alike when the precision changes, and says what happened", () => {
    // Issue 15: "2026" → "Q3 2026" printed "6 months earlier" ({ days: -92, months: 6 }): the months
    // compared the periods' starts (Jan → Jul), the days the deadlines (31 Dec → 30 Sep).
    const year = { on: "2026-01-01", precision: "year", label: "2026" } as const;
    const q3 = { on: "2026-07-01", precision: "quarter", label: "Q3 2026" } as const;
    const slip = slippageOf(year, q3);
    expect(slip).toEqual({ days: -92, months: -3 });
    expect(describeSlippage(slip!, year, q3)).toBe("narrowed to Q3 2026; deadline 3 months (92 days) earlier");
    // "2026" narrowed to "Q1 2026": nine months earlier, in days and months alike.
    const q1 = { on: "2026-01-01", precision: "quarter", label: "Q1 2026" } as const;
    expect(slippageOf(year, q1)).toEqual({ days: -275, months: -9 });
    expect(describeSlippage({ days: -275, months: -9 }, year, q1)).toBe("narrowed to Q1 2026; deadline 9 months (275 days) earlier");
  });

  it("words a widened or moved date with its new precision, and a same deadline as such", () => {
    const q4 = { on: "2026-10-01", precision: "quarter", label: "Q4 2026" } as const;
    const year = { on: "2026-01-01", precision: "year", label: "2026" } as const;
    const slip = slippageOf(q4, year);
    expect(slip).toEqual({ days: 0, months: 0 });
    expect(describeSlippage(slip!, q4, year)).toBe("widened to 2026; same deadline");
    const june = { on: "2027-06-01", precision: "month", label: "Jun 2027" } as const;
    expect(slippageOf(year, june)).toEqual({ days: 181, months: 6 });
    expect(describeSlippage({ days: 181, months: 6 }, year, june)).toBe("moved to Jun 2027; deadline 6 months (181 days) later");
  });
});

describe("isOverdue", () => {
  const due = { on: "2026-01-23", precision: "day" as const };
  it("flags an open milestone whose deadline has passed", () => {
    expect(isOverdue(due, "planned", "2026-01-24")).toBe(true);
    expect(isOverdue(due, "delayed", "2026-03-01")).toBe(true);
    expect(isOverdue(due, "unknown", "2026-03-01")).toBe(true);
  });
  it("is not overdue on the deadline itself, or when completed or cancelled", () => {
    expect(isOverdue(due, "planned", "2026-01-23")).toBe(false);
    expect(isOverdue(due, "completed", "2026-03-01")).toBe(false);
    expect(isOverdue(due, "cancelled", "2026-03-01")).toBe(false);
  });
  it("waits for the end of a month, quarter or year", () => {
    expect(isOverdue({ on: "2026-06-01", precision: "month" }, "planned", "2026-06-30")).toBe(false);
    expect(isOverdue({ on: "2026-06-01", precision: "month" }, "planned", "2026-07-01")).toBe(true);
    expect(isOverdue({ on: "2026-01-01", precision: "quarter" }, "planned", "2026-03-31")).toBe(false);
    expect(isOverdue({ on: "2026-01-01", precision: "quarter" }, "planned", "2026-04-01")).toBe(true);
    expect(isOverdue({ on: "2026-01-01", precision: "year" }, "in_progress", "2026-12-31")).toBe(false);
    expect(isOverdue({ on: "2026-01-01", precision: "year" }, "in_progress", "2027-01-01")).toBe(true);
  });
  it("never flags an unknown date", () => {
    expect(isOverdue(null, "planned", "2030-01-01")).toBe(false);
  });
});

describe("completedLateBy", () => {
  it("counts the days a milestone was completed after its deadline", () => {
    expect(completedLateBy({ on: "2026-01-23", precision: "day" }, "completed", "2026-02-12")).toBe(20);
    expect(completedLateBy({ on: "2025-01-01", precision: "year" }, "completed", "2026-01-05")).toBe(5);
  });
  it("is null when on time, not completed, or without a date", () => {
    expect(completedLateBy({ on: "2026-01-23", precision: "day" }, "completed", "2026-01-23")).toBeNull();
    expect(completedLateBy({ on: "2026-01-01", precision: "quarter" }, "completed", "2026-03-31")).toBeNull();
    expect(completedLateBy({ on: "2026-01-23", precision: "day" }, "cancelled", "2026-02-12")).toBeNull();
    expect(completedLateBy({ on: "2026-01-23", precision: "day" }, "completed", null)).toBeNull();
    expect(completedLateBy(null, "completed", "2026-02-12")).toBeNull();
  });
});

describe("statusOn", () => {
  it("reopens a milestone completed or cancelled after the viewed day", () => {
    expect(statusOn("completed", "2026-02-12", "2026-02-01")).toBe("planned");
    expect(statusOn("cancelled", "2026-03-06", "2026-01-01")).toBe("planned");
  });
  it("keeps the recorded status otherwise", () => {
    expect(statusOn("completed", "2026-02-12", "2026-02-12")).toBe("completed");
    expect(statusOn("completed", null, "2020-01-01")).toBe("completed");
    expect(statusOn("delayed", "2026-02-12", "2026-01-01")).toBe("delayed");
  });
});

describe("daysUntil", () => {
  it("counts to the end of the period, negative once passed", () => {
    expect(daysUntil({ on: "2026-07-22", precision: "day" }, "2026-07-01")).toBe(21);
    expect(daysUntil({ on: "2026-01-01", precision: "quarter" }, "2026-04-02")).toBe(-2);
  });
});
