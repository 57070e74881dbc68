// Capacity figures as sources print them (issue 15): read into the metric's stored unit (MW, EFLOPS,
// a count), with the shape, precision and accelerator model the text states. The number is read by
// parseAmount, so its separators, scale words and questions are the amounts'.
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCapacity } from "@/lib/money/parse-capacity";
import { expectReadingOffered, expectRefused, scaled } from "./parse-expectations";

type Expected = { shape?: string; amount?: string; low?: string; high?: string; precision?: string; model?: string };
/** The whole reading of a text stating `metric`: what a case leaves out is "exact" for the shape, null otherwise. */
const stated = (metric: string | null, expected: Expected) => ({
  ok: true,
  shape: expected.shape ?? "exact",
  amount: expected.amount ?? null,
  low: expected.low ?? null,
  high: expected.high ?? null,
  metric,
  precision: expected.precision ?? null,
  model: expected.model ?? null,
});

// The cases by the metric their unit states; a bare number states none (the form's fields decide).
const figures: [metric: string | null, cases: [string, Expected][]][] = [
  [
    "power",
    [
      ["1 GW", { amount: "1000" }],
      ["1GW", { amount: "1000" }],
      ["up to 1 GW", { shape: "up_to", amount: "1000" }],
      ["600–900 MW", { shape: "range", low: "600", high: "900" }],
      ["600 MW to 900 MW", { shape: "range", low: "600", high: "900" }],
      ["5 kW", { amount: "0.005" }],
      ["250 W", { amount: "0.00025" }],
      ["2 gigawatts", { amount: "2000" }],
      ["1.5 TW", { amount: "1500000" }],
    ],
  ],
  [
    "compute",
    [
      ["793.4 petaFLOPS", { amount: "0.7934" }],
      ["793.4 PFLOPS", { amount: "0.7934" }],
      ["10 PFLOP/s", { amount: "0.01" }],
      ["246 EFLOPS", { amount: "246" }],
      ["2 exaFLOPS", { amount: "2" }],
      ["1 exaflop", { amount: "1" }],
      ["1.2 zettaflops", { amount: "1200" }],
      ["500 teraflops", { amount: "0.0005" }],
      ["246 EFLOPS FP8", { amount: "246", precision: "fp8" }],
      ["793.4 petaFLOPS (FP64)", { amount: "0.7934", precision: "fp64" }],
      ["FP16 3 exaflops", { amount: "3", precision: "fp16" }],
    ],
  ],
  [
    "accelerators",
    [
      ["18,000 GB300", { amount: "18000", model: "GB300" }],
      ["8,000 NVIDIA H100 GPUs", { amount: "8000", model: "H100" }],
      ["24,000 MI300X", { amount: "24000", model: "MI300X" }],
      ["8,000 H100s", { amount: "8000", model: "H100" }],
      ["over a thousand GPUs", { shape: "at_least", amount: "1000" }],
      ["more than 2 million accelerators", { shape: "at_least", amount: "2000000" }],
      ["100,000 GPUs", { amount: "100000" }],
      ["about 50,000 chips", { shape: "approximate", amount: "50000" }],
    ],
  ],
  [
    null,
    [
      ["1,200", { amount: "1200" }],
      ["2–3 thousand", { shape: "range", low: "2000", high: "3000" }],
    ],
  ],
];

describe("parseCapacity reads capacities as sources print them", () => {
  for (const [metric, cases] of figures)
    describe(`${metric ?? "unitless"} figures`, () => {
      it.each(cases)("%s", (text, expected) => {
        expect(parseCapacity(text)).toMatchObject(stated(metric, expected));
      });
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
