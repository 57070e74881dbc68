import { describe, expect, it } from "vitest";
import { decideShape, decimalText } from "@/lib/seed/values";

const shape = (v: Partial<Parameters<typeof decideShape>[0]>) =>
  decideShape({ value: null, low: null, high: null, upTo: false, texts: [], ...v });

describe("decideShape", () => {
  it("reads low and high as a range, keeping a central value", () => {
    expect(shape({ value: 0.7, low: 0.6, high: 0.9 })).toEqual({ shape: "range", value: 0.7, low: 0.6, high: 0.9 });
    expect(shape({ value: null, low: 200, high: 300 }).shape).toBe("range");
  });

  it("reads upTo as up to, falling back on high", () => {
    expect(shape({ value: 50, upTo: true })).toMatchObject({ shape: "up_to", value: 50 });
    expect(shape({ value: null, high: 9, upTo: true })).toMatchObject({ shape: "up_to", value: 9 });
  });

  it("reads low equal to the amount as at least (the file's 'more than' convention)", () => {
    expect(shape({ value: 320, low: 320 })).toMatchObject({ shape: "at_least", value: 320 });
    expect(shape({ value: 10, texts: ["models with more than 10 billion parameters"] }).shape).toBe("at_least");
  });

  it("reads approximations from the label, verification, unit or a quoted hedge", () => {
    expect(shape({ value: 7, texts: ["reported (approx.)"] }).shape).toBe("approximate");
    expect(shape({ value: 7, texts: ["people (approx.)"] }).shape).toBe("approximate");
    expect(shape({ value: 7, notes: "'nearly 7 gigawatts'" }).shape).toBe("approximate");
    expect(shape({ value: 7, notes: "Public share up to 35% (~17% per one summary)" }).shape).toBe("exact");
    expect(shape({ value: 7 }).shape).toBe("exact");
  });
});

describe("decimalText", () => {
  it("converts GW to MW without float noise", () => {
    expect(decimalText(1.2, 1000)).toBe("1200");
    expect(decimalText(0.7, 1000)).toBe("700");
    expect(decimalText(1.3, 1000)).toBe("1300");
  });

  it("never uses exponent notation and keeps nulls", () => {
    expect(decimalText(500_000_000_000)).toBe("500000000000");
    expect(decimalText(1e21)).toBe("1000000000000000000000");
    expect(decimalText(null)).toBeNull();
  });
});
