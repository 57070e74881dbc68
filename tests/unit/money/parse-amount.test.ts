import { describe, expect, it } from "vitest";
import { parseAmount } from "@/lib/money/parse-amount";

const point = (amount: string, currency: string | null, shape = "exact") => ({ ok: true, shape, amount, low: null, high: null, currency });
const range = (low: string, high: string, currency: string | null) => ({ ok: true, shape: "range", amount: null, low, high, currency });

describe("parseAmount reads amounts as sources write them", () => {
  it.each([
    ["10,371.92 crore", point("103719200000", null)],
    ["INR 10,371.92 crore", point("103719200000", "INR")],
    ["₹10,371.92 crore", point("103719200000", "INR")],
    ["Rs. 10,371.92 crore", point("103719200000", "INR")],
    ["2.5 trillion won", point("2500000000000", "KRW")],
    ["€1.96 bn", point("1960000000", "EUR")],
    ["$500bn", point("500000000000", "USD")],
    ["USD 1.5 billion", point("1500000000", "USD")],
    ["1.2 lakh crore", point("1200000000000", null)],
    ["1,00,000", point("100000", null)],
    ["500 milliards d'euros", point("500000000000", "EUR")],
    ["500 milliards d’euros", point("500000000000", "EUR")],
    ["500 milliards de dollars", point("500000000000", "USD")],
    ["1,5 milliard d'euros", point("1500000000", "EUR")],
    ["109 Md€", point("109000000000", "EUR")],
    ["1 500 000 €", point("1500000", "EUR")],
    ["£2.5m", point("2500000", "GBP")],
    ["CHF 300 million", point("300000000", "CHF")],
    ["3 swiss francs", point("3", "CHF")],
    ["up to $100 bn", point("100000000000", "USD", "up_to")],
    ["jusqu'à 10 milliards d'euros", point("10000000000", "EUR", "up_to")],
    ["more than $320M", point("320000000", "USD", "at_least")],
    ["$500bn+", point("500000000000", "USD", "at_least")],
    ["about €11 bn", point("11000000000", "EUR", "approximate")],
    ["~ 7 bn", point("7000000000", null, "approximate")],
    ["€2–3 bn", range("2000000000", "3000000000", "EUR")],
    ["€2-3 bn", range("2000000000", "3000000000", "EUR")],
    ["2 to 3 billion", range("2000000000", "3000000000", null)],
    ["between 2 and 3 billion dollars", range("2000000000", "3000000000", "USD")],
    ["de 2 à 3 milliards d'euros", range("2000000000", "3000000000", "EUR")],
    ["$800 million to $1.2 billion", range("800000000", "1200000000", "USD")],
    ["1–1.2 lakh crore rupees", range("1000000000000", "1200000000000", "INR")],
    ["0.5", point("0.5", null)],
    ["12.30", point("12.3", null)],
  ])("%s", (text, expected) => {
    expect(parseAmount(text)).toEqual(expected);
  });
});

describe("parseAmount refuses what it cannot read, with a message", () => {
  it.each([
    ["", /Type an amount/],
    ["   ", /Type an amount/],
    ["10 gazillion", /"gazillion" is not a word/],
    ["five billion", /Expected a number/],
    ["-5 bn", /negative/],
    ["0", /greater than zero/],
    ["0.00 bn", /greater than zero/],
    ["3–2 bn", /low end/],
    ["2 bn – 3", /scale of the high end/],
    ["$2 bn – €3 bn", /Two currencies/],
    ["5 francs", /Which franc/],
    ["between 2 bn", /both ends/],
    ["up to 2–3 bn", /range cannot/],
    ["10%", /percentage/],
    ["<script>alert(1)</script>", /./],
    ["1e30", /not a word|Unexpected/],
    ["99999999999999999999999", /too large/],
    ["5 trillion trillion", /cannot follow/],
    ["NaN", /Expected a number/],
    ["x".repeat(500), /under 200 characters/],
    // Words that are Object.prototype's names, not scales or currencies.
    ["5 constructor", /not a word/],
    ["up to 5 constructor", /not a word/],
    ["constructor 5", /Expected a number|not a word/],
    ["5 toString", /not a word/],
  ])("%s", (text, message) => {
    const result = parseAmount(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it("reads an unknown upper-case code as a code, for the rates table to refuse", () => {
    expect(parseAmount("XYZ 5 bn")).toEqual(point("5000000000", "XYZ"));
  });
});
