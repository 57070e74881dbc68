import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { barSpan, linearDomain, linearTicks, logDomain, logTicks, niceStep, sparserLinearTicks } from "@/lib/charts/scale";

describe("linear axis", () => {
  it("starts at zero and ends at a round number at or above the largest value", () => {
    expect(linearDomain([320e6, 500e9, 11.3e9])).toEqual([0, 500e9]);
    expect(linearDomain([2938e6, 11.3e9])).toEqual([0, 15e9]);
    expect(linearDomain([1300, 250])).toEqual([0, 1500]);
  });

  it("has nothing to draw without a positive value", () => {
    expect(linearDomain([])).toBeNull();
    expect(linearDomain([0, Number.NaN])).toBeNull();
  });

  it("ticks in 1-2-5 steps from zero, without float noise", () => {
    expect(linearTicks([0, 500e9])).toEqual([0, 100e9, 200e9, 300e9, 400e9, 500e9]);
    expect(linearTicks([0, 0.6])).toEqual([0, 0.2, 0.4, 0.6]);
    expect(linearTicks([0, 0.3])).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceStep(7)).toBe(2);
  });

  it("always covers every value, for any values", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-3, max: 1e15, noNaN: true }), { minLength: 1 }), (values) => {
        const domain = linearDomain(values)!;
        expect(domain[0]).toBe(0);
        expect(domain[1]).toBeGreaterThanOrEqual(Math.max(...values));
        expect(linearTicks(domain).at(-1)).toBe(domain[1]);
      }),
    );
  });
});

describe("sparserLinearTicks", () => {
  it("offers round steps that divide the top, each set from 0 to the top, sparsest (the top halved, then whole) last", () => {
    expect(sparserLinearTicks([0, 500e9])).toEqual([
      [0, 250e9, 500e9],
      [0, 500e9],
    ]);
    expect(sparserLinearTicks([0, 1000])).toEqual([
      [0, 250, 500, 750, 1000],
      [0, 500, 1000],
      [0, 1000],
    ]);
    expect(sparserLinearTicks([0, 15e9])).toEqual([
      [0, 7.5e9, 15e9],
      [0, 15e9],
    ]);
  });

  it("always starts at 0 and ends at the top, evenly spaced", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e13, noNaN: true }), (max) => {
        const domain = linearDomain([max])!;
        for (const ticks of sparserLinearTicks(domain)) {
          expect(ticks[0]).toBe(0);
          expect(ticks.at(-1)).toBe(domain[1]);
          expect(ticks.length).toBeGreaterThanOrEqual(2);
        }
      }),
    );
  });
});

describe("log axis", () => {
  it("never starts at zero: a full decade below the smallest value, up to the power of ten at or above the largest", () => {
    expect(logDomain([320e6, 500e9])).toEqual([1e7, 1e12]);
    expect(logDomain([100e6, 1e9])).toEqual([1e7, 1e9]);
    expect(logDomain([16, 2200, 1])).toEqual([0.1, 1e4]);
  });

  it("ignores values a log axis cannot hold", () => {
    expect(logDomain([0, -5])).toBeNull();
    expect(logDomain([0, 5])).toEqual([0.1, 10]);
  });

  it("ticks at powers of ten, adding 2s and 5s when there are few decades", () => {
    expect(logTicks([1e7, 1e12])).toEqual([1e7, 1e8, 1e9, 1e10, 1e11, 1e12]);
    expect(logTicks([100, 1e4])).toEqual([100, 200, 500, 1000, 2000, 5000, 10000]);
    expect(logTicks([0.1, 10])).toEqual([0.1, 0.2, 0.5, 1, 2, 5, 10]);
  });

  it("always has a lower bound strictly below every value, for any positive values", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-6, max: 1e15, noNaN: true }), { minLength: 1 }), (values) => {
        const [low, high] = logDomain(values)!;
        expect(low).toBeGreaterThan(0);
        expect(low).toBeLessThan(Math.min(...values));
        expect(high).toBeGreaterThanOrEqual(Math.max(...values) * (1 - 1e-12));
        expect(logTicks([low, high]).length).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});

describe("barSpan", () => {
  it("starts bars at zero on a linear axis and at the domain's lower bound on a log axis", () => {
    expect(barSpan("linear", [0, 1e12], 5e11, 5e11, false)).toEqual([0, 5e11]);
    expect(barSpan("log", [1e7, 1e12], 5e11, 5e11, false)).toEqual([1e7, 5e11]);
  });

  it("keeps a range as a range, from its low to its high end, on either axis", () => {
    expect(barSpan("linear", [0, 1000], 600, 900, true)).toEqual([600, 900]);
    expect(barSpan("log", [10, 1000], 600, 900, true)).toEqual([600, 900]);
  });
});
