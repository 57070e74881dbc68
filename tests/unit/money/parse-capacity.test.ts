// Capacity figures as sources print them (issue 15): read into the metric's stored unit (MW, EFLOPS,
// a count), with the shape, precision and accelerator model the text states. The number is read by
// parseAmount, so its separators, scale words and questions are the amounts'.
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCapacity } from "@/lib/money/parse-capacity";
import { expectReadingOffered, expectRefused, scaled } from "./parse-expectations";

type Expected = { shape: string; amount?: string; low?: string; high?: string; metric: string | null; precision?: string; model?: string };
const stated = (expected: Expected) => ({
  ok: true,
  shape: expected.shape,
  amount: expected.amount ?? null,
  low: expected.low ?? null,
  high: expected.high ?? null,
  metric: expected.metric,
  precision: expected.precision ?? null,
  model: expected.model ?? null,
});

describe("parseCapacity reads capacities as sources print them", () => {
  it.each<[string, Expected]>([
    ["1 GW", { shape: "exact", amount: "1000", metric: "power" }],
    ["1GW", { shape: "exact", amount: "1000", metric: "power" }],
    ["up to 1 GW", { shape: "up_to", amount: "1000", metric: "power" }],
    ["600–900 MW", { shape: "range", low: "600", high: "900", metric: "power" }],
    ["600 MW to 900 MW", { shape: "range", low: "600", high: "900", metric: "power" }],
    ["5 kW", { shape: "exact", amount: "0.005", metric: "power" }],
    ["250 W", { shape: "exact", amount: "0.00025", metric: "power" }],
    ["2 gigawatts", { shape: "exact", amount: "2000", metric: "power" }],
    ["1.5 TW", { shape: "exact", amount: "1500000", metric: "power" }],
    ["793.4 petaFLOPS", { shape: "exact", amount: "0.7934", metric: "compute" }],
    ["793.4 PFLOPS", { shape: "exact", amount: "0.7934", metric: "compute" }],
    ["10 PFLOP/s", { shape: "exact", amount: "0.01", metric: "compute" }],
    ["246 EFLOPS", { shape: "exact", amount: "246", metric: "compute" }],
    ["2 exaFLOPS", { shape: "exact", amount: "2", metric: "compute" }],
    ["1 exaflop", { shape: "exact", amount: "1", metric: "compute" }],
    ["1.2 zettaflops", { shape: "exact", amount: "1200", metric: "compute" }],
    ["500 teraflops", { shape: "exact", amount: "0.0005", metric: "compute" }],
    ["246 EFLOPS FP8", { shape: "exact", amount: "246", metric: "compute", precision: "fp8" }],
    ["793.4 petaFLOPS (FP64)", { shape: "exact", amount: "0.7934", metric: "compute", precision: "fp64" }],
    ["FP16 3 exaflops", { shape: "exact", amount: "3", metric: "compute", precision: "fp16" }],
    ["18,000 GB300", { shape: "exact", amount: "18000", metric: "accelerators", model: "GB300" }],
    ["8,000 NVIDIA H100 GPUs", { shape: "exact", amount: "8000", metric: "accelerators", model: "H100" }],
    ["24,000 MI300X", { shape: "exact", amount: "24000", metric: "accelerators", model: "MI300X" }],
    ["8,000 H100s", { shape: "exact", amount: "8000", metric: "accelerators", model: "H100" }],
    ["over a thousand GPUs", { shape: "at_least", amount: "1000", metric: "accelerators" }],
    ["more than 2 million accelerators", { shape: "at_least", amount: "2000000", metric: "accelerators" }],
    ["100,000 GPUs", { shape: "exact", amount: "100000", metric: "accelerators" }],
    ["about 50,000 chips", { shape: "approximate", amount: "50000", metric: "accelerators" }],
    ["1,200", { shape: "exact", amount: "1200", metric: null }],
    ["2–3 thousand", { shape: "range", low: "2000", high: "3000", metric: null }],
  ])("%s", (text, expected) => {
    expect(parseCapacity(text)).toMatchObject(stated(expected));
  });

  it.each([
    ["€5 bn", /no currency/],
    ["5 apples", /not a word this form knows.*unit \(kW, MW, GW/],
    ["NVIDIA H100 GPUs", /Type the number too/],
    ["1 GW FP8", /precision \(FP8\) belongs to a compute figure/],
    ["-5 MW", /negative/],
    ["", /Type the value/],
  ])("refuses %j with a message", (text, message) => {
    expectRefused(parseCapacity(text), message);
  });

  it("asks about a separator it cannot settle, with both readings in the stored unit", () => {
    const result = parseCapacity("1.500 GW");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.readings?.map((reading) => reading.amount)).toEqual(["1500000", "1500"]);
  });
});

// Every unit with the power of ten that takes it to the stored unit.
const units = [
  ["kW", -3, "power"],
  ["MW", 0, "power"],
  ["GW", 3, "power"],
  ["megawatts", 0, "power"],
  ["PFLOPS", -3, "compute"],
  ["petaflops", -3, "compute"],
  ["EFLOPS", 0, "compute"],
  ["exaFLOPS", 0, "compute"],
  ["GPUs", 0, "accelerators"],
  ["GB300", 0, "accelerators"],
  ["accelerators", 0, "accelerators"],
] as const;
const qualifiers = [
  ["", "exact"],
  ["up to ", "up_to"],
  ["more than ", "at_least"],
  ["over ", "at_least"],
  ["about ", "approximate"],
] as const;

describe("parseCapacity properties", () => {
  it("every accepted text round-trips to the same value, in the stored unit", () => {
    // Up to 3 decimals as en-US prints them (a comma groups thousands, a dot is the decimal point).
    const value = fc.integer({ min: 1, max: 10_000_000 }).map((n) => new Decimal(n).dividedBy(1000).toFixed());
    fc.assert(
      fc.property(value, fc.constantFrom(...units), fc.constantFrom(...qualifiers), (typed, [unit, exponent, metric], [prefix, shape]) => {
        const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 }).format(typed as Intl.StringNumericLiteral);
        const text = `${prefix}${number} ${unit}`;
        const result = parseCapacity(text);
        const amount = scaled(typed, exponent);
        if (result.ok) expect(result, text).toMatchObject({ shape, amount, metric });
        // Only "1.500"-like numbers are asked about, and one reading is the source's.
        else expectReadingOffered(result, amount, text);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[\d.,\s–-]{0,12}(k|M|G)?(W|FLOPS)?$/)), (text) => {
        const result = parseCapacity(text);
        return result.ok || result.message.length > 0;
      }),
      { numRuns: 500 },
    );
  });
});
