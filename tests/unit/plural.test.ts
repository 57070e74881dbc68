import { describe, expect, it } from "vitest";
import { plural } from "@/lib/core/plural";

describe("plural", () => {
  it.each([
    [0, "0 programs"],
    [1, "1 program"],
    [2, "2 programs"],
    [1000, "1000 programs"],
  ])("%d → %s", (count, expected) => {
    expect(plural(count, "program")).toBe(expected);
  });
});
