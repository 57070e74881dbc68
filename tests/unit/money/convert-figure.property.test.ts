import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convertFigure } from "@/lib/money";
import type { MoneyFigure, ReferenceRate, TargetCurrency } from "@/lib/money";

// The oracle: plain decimal.js at a precision far above anything the inputs need, so the expected
// value is (for our purposes) exact and computed independently of the code under test.
const Exact = Decimal.clone({ precision: 100 });
const HALF_CENT = new Exact("0.005");

// Positive decimal strings as the database prints them: up to 10^15 with 0–2 decimals.
const positiveAmount = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .filter(([units, cents]) => units > 0n || cents > 0)
  .map(([units, cents, withCents]) => (withCents ? `${units}.${String(cents).padStart(2, "0")}` : `${units === 0n ? 1n : units}`));

// Positive rates from 1e-8 to 1e4, written in plain notation.
const positiveRate = fc
  .tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 8 }))
  .map(([digits, places]) => new Exact(digits).dividedBy(new Exact(10).pow(places)).toFixed());

const foreignCurrency = fc.constantFrom("JPY", "INR", "GBP", "AED", "KRW", "CHF", "CNY", "CAD");
const target = fc.constantFrom<TargetCurrency>("USD", "EUR");
const year = fc.integer({ min: 2000, max: 2030 });

function rate(currency: string, rateYear: number, usdPerUnit: string): ReferenceRate {
  return { currency, year: rateYear, usdPerUnit, rateKind: "annual_average", sourceLabel: "Test" };
}

function exact(amount: string, currency: string): MoneyFigure {
  return { shape: "exact", amount, low: null, high: null, currency };
}

describe("convertFigure properties", () => {
  it("to USD: result ÷ amount equals the rate, within half a cent of rounding", () => {
    fc.assert(
      fc.property(positiveAmount, foreignCurrency, positiveRate, year, (amount, currency, usdPerUnit, y) => {
        const result = convertFigure(exact(amount, currency), "USD", y, [rate(currency, y, usdPerUnit)]);
        expect(result.ok).toBe(true);
        if (!result.ok || result.figure.amount === null) return;
        expect(result.figure.currency).toBe("USD");
        expect(result.figure.amount).toMatch(/^\d+\.\d{2}$/);
        const expected = new Exact(amount).times(usdPerUnit);
        expect(new Exact(result.figure.amount).minus(expected).abs().lessThanOrEqualTo(HALF_CENT)).toBe(true);
      }),
    );
  });

  it("to EUR: result equals amount × rate ÷ EUR rate, within half a cent", () => {
    fc.assert(
      fc.property(positiveAmount, foreignCurrency, positiveRate, positiveRate, year, (amount, currency, usdPerUnit, usdPerEur, y) => {
        const rates = [rate(currency, y, usdPerUnit), rate("EUR", y, usdPerEur)];
        const result = convertFigure(exact(amount, currency), "EUR", y, rates);
        if (!result.ok || result.figure.amount === null) throw new Error("expected a conversion");
        const expected = new Exact(amount).times(usdPerUnit).dividedBy(usdPerEur);
        expect(new Exact(result.figure.amount).minus(expected).abs().lessThanOrEqualTo(HALF_CENT)).toBe(true);
      }),
    );
  });

  it("keeps low ≤ high and the range shape", () => {
    fc.assert(
      fc.property(positiveAmount, positiveAmount, foreignCurrency, positiveRate, positiveRate, target, (a, b, currency, r, eur, to) => {
        const [low, high] = new Exact(a).lessThanOrEqualTo(b) ? [a, b] : [b, a];
        const figure: MoneyFigure = { shape: "range", amount: null, low, high, currency };
        const result = convertFigure(figure, to, 2025, [rate(currency, 2025, r), rate("EUR", 2025, eur)]);
        if (!result.ok) throw new Error(result.message);
        expect(result.figure.shape).toBe("range");
        expect(result.figure.amount).toBeNull();
        const { low: convertedLow, high: convertedHigh } = result.figure;
        if (convertedLow === null || convertedHigh === null) throw new Error("range lost an end");
        expect(new Exact(convertedLow).lessThanOrEqualTo(convertedHigh)).toBe(true);
      }),
    );
  });

  it("picks the latest rate year at or before the claim year, or reports NO_RATE", () => {
    fc.assert(
      fc.property(fc.uniqueArray(year, { maxLength: 6 }), year, positiveRate, (rateYears, claimYear, r) => {
        const rates = rateYears.map((rateYear) => rate("INR", rateYear, r));
        const result = convertFigure(exact("1000", "INR"), "USD", claimYear, rates);
        const usable = rateYears.filter((rateYear) => rateYear <= claimYear);
        if (usable.length === 0) {
          expect(result).toMatchObject({ ok: false, code: "NO_RATE" });
          return;
        }
        const latest = Math.max(...usable);
        expect(result).toMatchObject({ ok: true, rateYear: latest, requestedYear: claimYear, usedEarlierYear: latest < claimYear });
      }),
    );
  });

  it("never converts a currency that has no rate (no silent 1.0)", () => {
    const code = fc.stringMatching(/^[A-Z]{3}$/);
    fc.assert(
      fc.property(code, target, fc.array(fc.tuple(foreignCurrency, positiveRate, year)), year, (currency, to, rows, y) => {
        fc.pre(currency !== to && currency !== "USD");
        const rates = rows.filter(([rowCurrency]) => rowCurrency !== currency).map(([c, r, ry]) => rate(c, ry, r));
        // Give the euro leg a rate (unless euros are the source) so only the source's rate is missing.
        const withEur = currency === "EUR" ? rates : [...rates, rate("EUR", y, "1.13")];
        expect(convertFigure(exact("1000", currency), to, y, withEur)).toMatchObject({ ok: false, code: "NO_RATE" });
      }),
    );
  });

  it("never converts dollars to euros without a euro rate", () => {
    fc.assert(
      fc.property(positiveAmount, fc.array(fc.tuple(foreignCurrency, positiveRate, year)), year, (amount, rows, y) => {
        const rates = rows.map(([c, r, ry]) => rate(c, ry, r));
        expect(convertFigure(exact(amount, "USD"), "EUR", y, rates)).toMatchObject({ ok: false, code: "NO_RATE" });
      }),
    );
  });

  it("always reports INVALID_FIGURE for low > high", () => {
    fc.assert(
      fc.property(positiveAmount, positiveAmount, foreignCurrency, target, (a, b, currency, to) => {
        fc.pre(!new Exact(a).equals(b));
        const [low, high] = new Exact(a).greaterThan(b) ? [a, b] : [b, a];
        const figure: MoneyFigure = { shape: "range", amount: null, low, high, currency };
        const rates = [rate(currency, 2025, "1"), rate("EUR", 2025, "1.13")];
        expect(convertFigure(figure, to, 2025, rates)).toMatchObject({ ok: false, code: "INVALID_FIGURE" });
      }),
    );
  });

  it("always reports INVALID_FIGURE for a negative amount, whatever the shape", () => {
    const shape = fc.constantFrom("exact", "approximate", "at_least", "up_to", "range-low", "range-high");
    fc.assert(
      fc.property(positiveAmount, shape, fc.constantFrom("EUR", "USD", "JPY"), target, (amount, kind, currency, to) => {
        const negative = `-${amount}`;
        const figure: MoneyFigure =
          kind === "range-low"
            ? { shape: "range", amount: null, low: negative, high: amount, currency }
            : kind === "range-high"
              ? { shape: "range", amount: null, low: "0", high: negative, currency }
              : { shape: kind, amount: negative, low: null, high: null, currency };
        const rates = [rate("JPY", 2025, "0.0066859"), rate("EUR", 2025, "1.13")];
        expect(convertFigure(figure, to, 2025, rates)).toMatchObject({ ok: false, code: "INVALID_FIGURE" });
      }),
    );
  });
});
