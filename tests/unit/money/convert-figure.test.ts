import { describe, expect, it } from "vitest";
import { convertFigure } from "@/lib/money";
import type { Conversion, ConversionError, ReferenceRate } from "@/lib/money";
import { AED_PEG_2025, EUR_2024, EUR_2025, INR_2025, JPY_2025, NB, RATES, point, range } from "./reference-rates";

function expectOk(result: Conversion | ConversionError): Conversion {
  if (!result.ok) throw new Error(`expected a conversion, got ${result.code}: ${result.message}`);
  return result;
}

function expectError(result: Conversion | ConversionError, code: ConversionError["code"]): ConversionError {
  if (result.ok) throw new Error(`expected ${code}, got a conversion to ${result.figure.amount ?? result.figure.low}`);
  expect(result.code).toBe(code);
  return result;
}

describe("convertFigure with the project's reference rates", () => {
  it("converts €10 bn in 2025 to exactly $11.3 bn at the ECB average", () => {
    // 10,000,000,000 × 1.13 = 11,300,000,000
    const result = expectOk(convertFigure(point("exact", "10000000000", "EUR"), "USD", 2025, RATES));
    expect(result.figure).toEqual(point("exact", "11300000000.00", "USD"));
    expect(result.rateYear).toBe(2025);
    expect(result.usedEarlierYear).toBe(false);
    expect(result.sentence).toBe(`≈ $11.3${NB}bn at the 2025 average EUR/USD rate (ECB)`);
  });

  it("uses the 2024 rate for a 2024 claim", () => {
    // 10,000,000,000 × 1.0824 = 10,824,000,000
    const result = expectOk(convertFigure(point("exact", "10000000000", "EUR"), "USD", 2024, RATES));
    expect(result.figure.amount).toBe("10824000000.00");
    expect(result.sentence).toBe(`≈ $10.8${NB}bn at the 2024 average EUR/USD rate (ECB)`);
  });

  it("converts Stargate's $500 bn to euros at 2025 rates", () => {
    // 500e9 / 1.13 in cents is 5e15 / 113 = 44,247,787,610,619 remainder < 56.5, so it rounds down.
    expect(5_000_000_000_000_000n / 113n).toBe(44_247_787_610_619n);
    expect((5_000_000_000_000_000n % 113n) * 2n < 113n).toBe(true);
    const result = expectOk(convertFigure(point("exact", "500000000000", "USD"), "EUR", 2025, RATES));
    expect(result.figure).toEqual(point("exact", "442477876106.19", "EUR"));
    expect(result.sentence).toBe(`≈ €442${NB}bn at the 2025 average EUR/USD rate (ECB)`);
  });

  it("converts INR 10,371.92 crore to US dollars at the 2025 Fed average", () => {
    // 103,719,200,000 × 0.011475 = 103,719,200,000 × 11,475 / 1,000,000
    //   = 103,719.2 × 11,475 = 1,037,192,000 + 103,719,200 + 41,487,680 + 7,778,940 = 1,190,177,820
    expect(103_719_200_000n * 11_475n).toBe(1_190_177_820n * 1_000_000n);
    const result = expectOk(convertFigure(point("exact", "103719200000", "INR"), "USD", 2025, RATES));
    expect(result.figure.amount).toBe("1190177820.00");
    expect(result.sentence).toBe(`≈ $1.19${NB}bn at the 2025 average INR/USD rate (Federal Reserve)`);
  });

  it("crosses JPY to EUR through the dollar and names both sources", () => {
    // 150e9 × 0.0066859 = 1,002,885,000 USD; / 1.13 in cents = 10,028,850,000,000 / 113.
    expect(150_000_000_000n * 66_859n).toBe(1_002_885_000n * 10_000_000n);
    expect(10_028_850_000_000n / 113n).toBe(88_750_884_955n);
    expect((10_028_850_000_000n % 113n) * 2n > 113n).toBe(true); // so it rounds up to …56
    const result = expectOk(convertFigure(point("exact", "150000000000", "JPY"), "EUR", 2025, RATES));
    expect(result.figure.amount).toBe("887508849.56");
    expect(result.sentence).toBe(`≈ €888${NB}M at the 2025 average JPY/USD (Federal Reserve) and EUR/USD (ECB) rates`);
  });

  it("describes an official peg as a peg, without a year", () => {
    // 10e9 × 0.272294 = 2,722,940,000
    const result = expectOk(convertFigure(point("exact", "10000000000", "AED"), "USD", 2025, RATES));
    expect(result.figure.amount).toBe("2722940000.00");
    expect(result.sentence).toBe(`≈ $2.72${NB}bn at the official AED/USD peg (Central Bank of the UAE)`);
  });

  it("rounds half to even, with decimal rather than float arithmetic", () => {
    // 0.5 × 1.13 = 0.565 → 0.56 and 1.5 × 1.13 = 1.695 → 1.70 (float gives 1.6949999…, i.e. 1.69).
    expect(expectOk(convertFigure(point("exact", "0.5", "EUR"), "USD", 2025, RATES)).figure.amount).toBe("0.56");
    expect(expectOk(convertFigure(point("exact", "1.5", "EUR"), "USD", 2025, RATES)).figure.amount).toBe("1.70");
  });
});

describe("convertFigure keeps the shape of the figure", () => {
  it("converts both ends of a range and keeps it a range", () => {
    // 20e9 × 0.011475 = 229,500,000 and 30e9 × 0.011475 = 344,250,000
    const result = expectOk(convertFigure(range("20000000000", "30000000000", "INR"), "USD", 2025, RATES));
    expect(result.figure).toEqual(range("229500000.00", "344250000.00", "USD"));
    expect(result.sentence).toBe(`≈ $230–344${NB}M at the 2025 average INR/USD rate (Federal Reserve)`);
  });

  it("also converts a range's central estimate", () => {
    const result = expectOk(convertFigure(range("20000000000", "30000000000", "INR", "25000000000"), "USD", 2025, RATES));
    expect(result.figure.amount).toBe("286875000.00"); // 25e9 × 0.011475
  });

  it("keeps 'up to' as 'up to'", () => {
    // 50e9 / 1.13 = 44,247,787,610.619… → 44,247,787,610.62
    const result = expectOk(convertFigure(point("up_to", "50000000000", "USD"), "EUR", 2025, RATES));
    expect(result.figure).toEqual(point("up_to", "44247787610.62", "EUR"));
    expect(result.sentence).toBe(`≈ up to €44.2${NB}bn at the 2025 average EUR/USD rate (ECB)`);
  });

  it("keeps 'at least' as 'at least'", () => {
    // 320e6 / 1.0824 = 295,639,320.0295… → 295,639,320.03
    const result = expectOk(convertFigure(point("at_least", "320000000", "USD"), "EUR", 2024, RATES));
    expect(result.figure).toEqual(point("at_least", "295639320.03", "EUR"));
    expect(result.sentence).toBe(`≈ more than €296${NB}M at the 2024 average EUR/USD rate (ECB)`);
  });

  it("returns a figure already in the target currency unchanged, with no sentence", () => {
    const figure = point("approximate", "500000000000", "USD");
    const result = expectOk(convertFigure(figure, "USD", 2025, []));
    expect(result.figure).toEqual(figure);
    expect(result).toMatchObject({ rateYear: 2025, requestedYear: 2025, usedEarlierYear: false, sentence: null });
  });
});

describe("convertFigure picks the rate year", () => {
  it("uses 2025 for a 2026 claim and says so", () => {
    const result = expectOk(convertFigure(point("exact", "10000000000", "EUR"), "USD", 2026, RATES));
    expect(result).toMatchObject({ rateYear: 2025, requestedYear: 2026, usedEarlierYear: true });
    expect(result.figure.amount).toBe("11300000000.00");
    expect(result.sentence).toBe(`≈ $11.3${NB}bn at the 2025 average EUR/USD rate (ECB); no 2026 rate yet`);
  });

  it("uses one year for both legs of a cross conversion and names the missing one", () => {
    const jpy2024: ReferenceRate = { ...JPY_2025, year: 2024, usdPerUnit: "0.00660262" };
    // EUR has a 2025 rate but JPY only 2024 → both legs at 2024.
    const result = expectOk(convertFigure(point("exact", "1000000000", "JPY"), "EUR", 2025, [jpy2024, EUR_2024, EUR_2025]));
    expect(result).toMatchObject({ rateYear: 2024, usedEarlierYear: true });
    // 1e9 × 0.00660262 / 1.0824 = 6,602,620 / 1.0824 = 6,099,981.52…
    expect(result.figure.amount).toBe("6099981.52");
    expect(result.sentence).toBe(
      `≈ €6.1${NB}M at the 2024 average JPY/USD (Federal Reserve) and EUR/USD (ECB) rates; no 2025 JPY/USD rate yet`,
    );
  });

  it("says 'on file' rather than 'yet' when the requested year is a gap in the data", () => {
    const eur2023: ReferenceRate = { ...EUR_2024, year: 2023, usdPerUnit: "1.0813" };
    const result = expectOk(convertFigure(point("exact", "1000", "EUR"), "USD", 2024, [eur2023, EUR_2025]));
    expect(result.rateYear).toBe(2023);
    expect(result.sentence).toMatch(/at the 2023 average EUR\/USD rate \(ECB\); no 2024 rate on file$/);
  });

  it("does not call a peg carried over from an earlier year a missing rate", () => {
    const result = expectOk(convertFigure(point("exact", "10000000000", "AED"), "USD", 2026, [AED_PEG_2025]));
    expect(result).toMatchObject({ rateYear: 2025, usedEarlierYear: true });
    expect(result.sentence).toBe(`≈ $2.72${NB}bn at the official AED/USD peg (Central Bank of the UAE)`);
  });

  it("never uses a later year's rate", () => {
    const result = expectError(convertFigure(point("exact", "1000", "INR"), "USD", 2021, RATES), "NO_RATE");
    expect(result.message).toBe("No reference rate for INR in 2021 or any earlier year.");
  });
});

describe("convertFigure refuses to guess a rate", () => {
  it("reports an unknown currency", () => {
    const result = expectError(convertFigure(point("exact", "1000", "XYZ"), "USD", 2025, RATES), "NO_RATE");
    expect(result.message).toBe("No reference rate for XYZ in 2025 or any earlier year.");
  });

  it("does not treat a missing euro rate as 1.0", () => {
    const result = expectError(convertFigure(point("exact", "1000", "USD"), "EUR", 2025, [JPY_2025, INR_2025]), "NO_RATE");
    expect(result.message).toContain("EUR");
  });

  it("requires a year that has both legs of a cross conversion", () => {
    expectError(convertFigure(point("exact", "1000", "JPY"), "EUR", 2025, [JPY_2025, EUR_2024]), "NO_RATE");
  });

  it.each(["0", "0.0", "-1.13", "abc", "", "NaN", "Infinity"])("treats a stored rate of %j as no rate", (usdPerUnit) => {
    const result = expectError(convertFigure(point("exact", "1000", "EUR"), "USD", 2025, [{ ...EUR_2025, usdPerUnit }]), "NO_RATE");
    expect(result.message).toContain("EUR");
  });

  it("rejects a year that is not a whole number", () => {
    expectError(convertFigure(point("exact", "1000", "EUR"), "USD", 2025.5, RATES), "NO_RATE");
  });
});

describe("convertFigure rejects invalid figures", () => {
  it.each([
    ["a range without a high end", { shape: "range", amount: null, low: "1", high: null, currency: "EUR" }],
    ["a range without a low end", { shape: "range", amount: "5", low: null, high: "10", currency: "EUR" }],
    ["a range with low above high", range("300", "200", "EUR")],
    ["a point figure without an amount", { shape: "exact", amount: null, low: "1", high: "2", currency: "EUR" }],
    ["a non-numeric amount", point("exact", "ten million", "EUR")],
    ["a negative amount", point("exact", "-5", "EUR")],
    ["an amount with spaces", point("exact", " 5", "EUR")],
    ["a hexadecimal amount", point("exact", "0x1F", "EUR")],
    ["a lower-case currency", point("exact", "5", "eur")],
    ["a four-letter currency", point("exact", "5", "EURO")],
    ["a currency with a digit", point("exact", "5", "E1R")],
    ["a negative central estimate", range("1", "2", "EUR", "-1")],
  ] as const)("rejects %s", (_label, figure) => {
    const result = expectError(convertFigure(figure, "USD", 2025, RATES), "INVALID_FIGURE");
    expect(result.message.length).toBeGreaterThan(10);
  });

  it("rejects an invalid figure even when it is already in the target currency", () => {
    expectError(convertFigure(range("300", "200", "USD"), "USD", 2025, []), "INVALID_FIGURE");
  });

  it("compares range ends as numbers, not as strings", () => {
    // "9" > "10" as strings, yet 9 ≤ 10.
    const result = expectOk(convertFigure(range("9", "10", "EUR"), "USD", 2025, RATES));
    expect(result.figure).toEqual(range("10.17", "11.30", "USD"));
  });

  it("accepts zero", () => {
    expect(expectOk(convertFigure(point("exact", "0", "EUR"), "USD", 2025, RATES)).figure.amount).toBe("0.00");
  });
});
