import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/money";
import type { MoneyFigure } from "@/lib/money";
import { NB, point, range } from "./reference-rates";

describe("formatMoney scales and symbols", () => {
  it.each([
    ["500000000000", "USD", `$500${NB}bn`],
    ["1500000000", "USD", `$1.5${NB}bn`],
    ["1960000000", "EUR", `€1.96${NB}bn`],
    ["293760000", "USD", `$294${NB}M`],
    ["11300000000.00", "USD", `$11.3${NB}bn`],
    ["2500000000000", "KRW", `KRW${NB}2.5${NB}tn`],
    ["103719200000", "INR", `₹10,371.92${NB}crore`],
    ["150000000000", "JPY", `¥150${NB}bn`],
    ["1500000000", "GBP", `£1.5${NB}bn`],
    ["1500", "USD", `$1.5${NB}k`],
    ["999", "USD", "$999"],
    ["12.5", "EUR", "€12.5"],
    ["0", "USD", "$0"],
    ["0.004", "USD", "$0.004"],
    ["1500000000000000", "USD", `$1,500${NB}tn`],
  ])("formats %s %s as %j", (amount, currency, expected) => {
    expect(formatMoney(point("exact", amount, currency))).toBe(expected);
  });

  it("rounds before choosing the scale, so 999,999 reads 1 M rather than 1,000 k", () => {
    expect(formatMoney(point("exact", "999999", "USD"))).toBe(`$1${NB}M`);
    expect(formatMoney(point("exact", "999999999999", "EUR"))).toBe(`€1${NB}tn`);
  });

  it("rounds the third significant digit half to even", () => {
    expect(formatMoney(point("exact", "1125000000", "USD"))).toBe(`$1.12${NB}bn`);
    expect(formatMoney(point("exact", "1135000000", "USD"))).toBe(`$1.14${NB}bn`);
  });
});

describe("formatMoney shapes", () => {
  it("marks approximate figures", () => {
    expect(formatMoney(point("approximate", "500000000000", "USD"))).toBe(`≈ $500${NB}bn`);
  });

  it("says 'more than' for at_least and 'up to' for up_to", () => {
    expect(formatMoney(point("at_least", "320000000", "USD"))).toBe(`more than $320${NB}M`);
    expect(formatMoney(point("up_to", "50000000000", "USD"))).toBe(`up to $50${NB}bn`);
  });

  it("shares the unit of a range whose ends have the same scale", () => {
    expect(formatMoney(range("200000000", "300000000", "USD"))).toBe(`$200–300${NB}M`);
    expect(formatMoney(range("200000000", "300000000", "CHF"))).toBe(`CHF${NB}200–300${NB}M`);
  });

  // Issue 15: Indian sources print crore and lakh with Indian grouping, to the paisa-free two decimals.
  it.each([
    [point("exact", "103719200000", "INR"), `₹10,371.92${NB}crore`],
    [point("up_to", "1200000000000", "INR"), `up to ₹1,20,000${NB}crore`],
    [point("approximate", "4500000", "INR"), `≈ ₹45${NB}lakh`],
    [point("exact", "12345", "INR"), "₹12,345"],
    [range("100000000000", "104000000000", "INR"), `₹10,000–10,400${NB}crore`],
    [range("5000000", "12000000", "INR"), `₹50${NB}lakh–1.2${NB}crore`],
  ])("prints Indian rupees as Indian sources do: %j", (figure, text) => {
    expect(formatMoney(figure)).toBe(text);
  });

  it("gives each end its unit when the scales differ", () => {
    expect(formatMoney(range("800000000", "1200000000", "USD"))).toBe(`$800${NB}M–1.2${NB}bn`);
  });

  it("ignores a range's central estimate", () => {
    expect(formatMoney(range("200000000", "300000000", "USD", "250000000"))).toBe(`$200–300${NB}M`);
  });

  it("adds ≈ on request, once", () => {
    expect(formatMoney(point("up_to", "50000000000", "USD"), { approximate: true })).toBe(`≈ up to $50${NB}bn`);
    expect(formatMoney(point("approximate", "50000000000", "USD"), { approximate: true })).toBe(`≈ $50${NB}bn`);
    expect(formatMoney(point("approximate", "50000000000", "USD"), { approximate: false })).toBe(`≈ $50${NB}bn`);
  });

  it("shows a dash instead of throwing for an unreadable figure", () => {
    expect(formatMoney(point("exact", "lots", "USD"))).toBe("—");
    expect(formatMoney(range("300", "200", "USD"))).toBe("—");
    expect(formatMoney({ shape: "range", amount: "5", low: null, high: null, currency: "USD" })).toBe("—");
  });
});

describe("formatMoney properties", () => {
  const amount = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 99 }))
    .map(([units, cents]) => `${units}.${String(cents).padStart(2, "0")}`);
  const currency = fc.oneof(fc.constantFrom("USD", "EUR", "GBP", "JPY"), fc.stringMatching(/^[A-Z]{3}$/));
  const pointShape = fc.constantFrom("exact", "approximate", "at_least", "up_to");

  const validFigure: fc.Arbitrary<MoneyFigure> = fc.oneof(
    fc.tuple(pointShape, amount, currency).map(([shape, value, code]) => point(shape, value, code)),
    fc.tuple(amount, amount, currency).map(([a, b, code]) => {
      const [low, high] = BigInt(a.replace(".", "")) <= BigInt(b.replace(".", "")) ? [a, b] : [b, a];
      return range(low, high, code);
    }),
  );

  it("never throws and never returns an empty string or the unreadable dash for valid figures", () => {
    fc.assert(
      fc.property(validFigure, fc.boolean(), (figure, approximate) => {
        const text = formatMoney(figure, { approximate });
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).not.toBe("—");
        // The reader can always tell the currency.
        const symbol = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" }[figure.currency] ?? figure.currency;
        expect(text).toContain(symbol);
      }),
    );
  });

  it("never shows more than three significant digits", () => {
    fc.assert(
      fc.property(amount, (value) => {
        const text = formatMoney(point("exact", value, "USD"));
        const digits = text
          .replace(/[^0-9]/g, "")
          .replace(/^0+/, "")
          .replace(/0+$/, "");
        expect(digits.length).toBeLessThanOrEqual(3);
      }),
    );
  });
});
