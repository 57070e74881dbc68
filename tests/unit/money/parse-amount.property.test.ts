import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAmount } from "@/lib/money/parse-amount";

const scales = [["thousand", 3], ["million", 6], ["bn", 9], ["billion", 9], ["milliards", 9], ["trillion", 12], ["lakh", 5], ["crore", 7], ["lakh crore", 12]] as const;
const currencies = [["€", "EUR"], ["$", "USD"], ["£", "GBP"], ["₹", "INR"], ["USD ", "USD"], ["KRW ", "KRW"], ["", null]] as const;

// A decimal as an editor would write it: 1–6 integer digits without a leading zero, 0–4 decimals.
const typedDecimal = fc
  .tuple(fc.integer({ min: 1, max: 999_999 }), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? String(whole) : `${whole}.${fraction}`));

const expected = (typed: string, exponent: number) => new Decimal(typed).times(new Decimal(10).pow(exponent)).toFixed();

describe("parseAmount properties", () => {
  it("never throws, and any success is a positive plain decimal", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.stringMatching(/^[\d.,\s–-]{0,30}(bn|m|crore|€|\$)?$/)), (text) => {
        const result = parseAmount(text);
        if (!result.ok) return typeof result.message === "string" && result.message.length > 0;
        const values = [result.amount, result.low, result.high].filter((v): v is string => v !== null);
        return values.length > 0 && values.every((v) => /^\d+(\.\d+)?$/.test(v) && new Decimal(v).greaterThan(0));
      }),
      { numRuns: 500 },
    );
  });

  it("reads a typed number, scale and currency back exactly", () => {
    fc.assert(
      fc.property(typedDecimal, fc.constantFrom(...scales), fc.constantFrom(...currencies), (typed, [word, exponent], [sign, code]) => {
        const result = parseAmount(`${sign}${typed} ${word}`);
        expect(result).toEqual({ ok: true, shape: "exact", amount: expected(typed, exponent), low: null, high: null, currency: code });
      }),
      { numRuns: 300 },
    );
  });

  it("reads thousands separators (en-US and Indian grouping) as the same integer", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 18n }), (n) => {
        const western = n.toLocaleString("en-US");
        const indian = n.toLocaleString("en-IN");
        for (const text of [western, indian]) expect(parseAmount(text)).toMatchObject({ ok: true, amount: n.toString() });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a range a range, with the written scale on both ends", () => {
    fc.assert(
      fc.property(typedDecimal, typedDecimal, fc.constantFrom("–", "-", " to ", " à "), (a, b, separator) => {
        const [low, high] = new Decimal(a).lessThanOrEqualTo(b) ? [a, b] : [b, a];
        const result = parseAmount(`€${low}${separator}${high} bn`);
        expect(result).toEqual({ ok: true, shape: "range", amount: null, low: expected(low, 9), high: expected(high, 9), currency: "EUR" });
      }),
      { numRuns: 300 },
    );
  });
});
