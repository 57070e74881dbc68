import { describe, expect, it } from "vitest";
import { statusChangePrefix, statusWords } from "@/lib/dashboard/status-change";

describe("statusChangePrefix", () => {
  it.each([
    [null, "announced", ""],
    ["announced", "under_construction", "announced → "],
    ["under_construction", "under_construction", "still "],
  ])("from %s to %s reads %j", (from, to, expected) => {
    expect(statusChangePrefix(from, to)).toBe(expected);
  });

  it("writes a status as words", () => {
    expect(statusWords("under_construction")).toBe("under construction");
  });
});
