// The rate form's preview (issue 15): the rate read in the direction chosen, shown both ways round,
// so a rate typed the wrong way up is visible before it is saved.
import { describe, expect, it } from "vitest";
import { previewRate } from "@/lib/editing/preview-rate";
import { rateChange } from "@/lib/money/rate-both-ways";

describe("the rate form's preview", () => {
  it.each([
    [{ currency: "EUR", direction: "usd_per_unit", rate: "1.0824" }, "1 EUR = 1.0824 USD · 1 USD = 0.923873 EUR"],
    [{ currency: "KRW", direction: "units_per_usd", rate: "1,392.96" }, "1 KRW = 0.000717896 USD · 1 USD = 1,392.96 KRW"],
    [{ currency: "", direction: "units_per_usd", rate: "8" }, "1 unit = 0.125 USD · 1 USD = 8 unit"],
  ])("%j", (typed, text) => {
    expect(previewRate(typed)).toEqual({ state: "ok", lines: [`Reads as ${text}.`] });
  });

  it("says what is wrong with a rate it cannot read, and waits for one", () => {
    expect(previewRate({ currency: "KRW", rate: "about a tenth" })).toMatchObject({ state: "error", message: /Enter the rate/ });
    expect(previewRate({ currency: "KRW", rate: "" })).toEqual({ state: "empty" });
  });

  it("measures a change against the earlier rate, either way", () => {
    expect(rateChange("1.5", "1")).toBe(0.5);
    expect(rateChange("0.4", "1")).toBe(0.6);
    expect(rateChange("9.3545", "0.1069")).toBeGreaterThan(80);
  });
});
