import { describe, expect, it } from "vitest";
import { ownValue } from "@/lib/own-value";

describe("ownValue", () => {
  const table = { saved: "Saved.", moved: "Moved." };

  it("finds the table's own entries and nothing inherited", () => {
    expect(ownValue(table, "saved")).toBe("Saved.");
    for (const key of ["constructor", "toString", "__proto__", "hasOwnProperty", "missing"]) expect(ownValue(table, key)).toBeUndefined();
  });

  it("ignores keys that are not strings (a repeated query parameter arrives as an array)", () => {
    for (const key of [undefined, null, ["saved"], 1, {}]) expect(ownValue(table, key)).toBeUndefined();
  });
});
