import { describe, expect, it } from "vitest";
import { parseAmount } from "@/lib/money/parse-amount";
import { expectRefused } from "./parse-expectations";

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

// The texts of issue 15, as sources in other languages print them, and a few more per language.
describe("parseAmount reads amounts in the languages of the sources", () => {
  it.each([
    // Japanese: 億 = 10^8, 兆 = 10^12, 最大 = up to, 約 = about, 以上 = or more.
    ["ja", "最大725億円", point("72500000000", "JPY", "up_to")],
    ["ja", "725億円", point("72500000000", "JPY")],
    ["ja", "1兆2000億円", point("1200000000000", "JPY")],
    ["ja", "約3000億円", point("300000000000", "JPY", "approximate")],
    ["ja", "１０億ドル", point("1000000000", "USD")],
    ["ja", "2~3億円", range("200000000", "300000000", "JPY")],
    // Korean: 조 = 10^12, 억 = 10^8, 천 = 10^3, 최대 = up to, 이상 = or more.
    ["ko", "2조 5천억 원", point("2500000000000", "KRW")],
    ["ko", "최대 2조원", point("2000000000000", "KRW", "up_to")],
    ["ko", "2조5000억원", point("2500000000000", "KRW")],
    ["ko", "5,000억 원 이상", point("500000000000", "KRW", "at_least")],
    // Chinese: 亿 = 10^8, 万 = 10^4.
    ["zh", "435亿元", point("43500000000", "CNY")],
    ["zh", "1万亿元", point("1000000000000", "CNY")],
    ["zh", "约500亿元人民币", point("50000000000", "CNY", "approximate")],
    ["zh", "超过100亿美元", point("10000000000", "USD", "at_least")],
    // German.
    ["de", "132 Millionen Franken", point("132000000", "CHF")],
    ["de", "rund 2 Milliarden Euro", point("2000000000", "EUR", "approximate")],
    ["de", "bis zu 5 Mrd. Euro", point("5000000000", "EUR", "up_to")],
    ["de", "10.371,92 Mio. Euro", point("10371920000", "EUR")],
    ["de", "4.000 Millionen Euro", point("4000000000", "EUR")],
    ["de", "2 bis 3 Milliarden Euro", range("2000000000", "3000000000", "EUR")],
    // Spanish.
    ["es", "más de 4.000 millones de euros", point("4000000000", "EUR", "at_least")],
    ["es", "1.500 millones de dólares", point("1500000000", "USD")],
    ["es", "hasta 2,5 billones de euros", point("2500000000000", "EUR", "up_to")],
    ["es", "entre 2 y 3 mil millones de dólares", range("2000000000", "3000000000", "USD")],
    // Italian.
    ["it", "oltre 1,5 miliardi di euro", point("1500000000", "EUR", "at_least")],
    ["it", "fino a 300 milioni di euro", point("300000000", "EUR", "up_to")],
    ["it", "circa 1.200 miliardi di euro", point("1200000000000", "EUR", "approximate")],
    // Portuguese.
    ["pt", "R$ 23 bilhões", point("23000000000", "BRL")],
    ["pt", "mais de 4 bilhões de reais", point("4000000000", "BRL", "at_least")],
    ["pt", "até R$ 1,5 bilhão", point("1500000000", "BRL", "up_to")],
    // Dutch.
    ["nl", "ruim 2 miljard euro", point("2000000000", "EUR", "at_least")],
    ["nl", "€ 1,5 miljard", point("1500000000", "EUR")],
    ["nl", "tussen 2 en 3 miljard euro", range("2000000000", "3000000000", "EUR")],
    // French (already read before issue 15).
    ["fr", "jusqu'à 109 milliards d'euros", point("109000000000", "EUR", "up_to")],
    ["fr", "1.500 milliards d'euros", point("1500000000000", "EUR")],
  ])("%s: %s", (_language, text, expected) => {
    expect(parseAmount(text)).toEqual(expected);
  });
});

describe("parseAmount asks about a lone separator the text does not settle, with both readings", () => {
  it.each([
    // English scale: "4.000" is four (decimal point) in English, four thousand in German.
    ["€4.000 million", "4000000000", "4000000", "EUR"],
    ["$1.500 bn", "1500000000000", "1500000000", "USD"],
    ["4.000", "4000", "4", null],
    // A European scale with a comma: "1,500 millones" is 1.5 in Spain, 1,500 in Mexico.
    ["1,500 millones de dólares", "1500000000", "1500000", "USD"],
    ["1,500 miliardi di euro", "1500000000000", "1500000000", "EUR"],
  ])("%s", (text, grouped, decimal, currency) => {
    const result = parseAmount(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.readings?.map((reading) => reading.amount)).toEqual([grouped, decimal]);
    expect(result.readings?.every((reading) => reading.currency === currency)).toBe(true);
    expect(result.message).toMatch(/can be read two ways/);
  });

  it("reads a comma before three digits as English grouping when no European word says otherwise", () => {
    expect(parseAmount("$1,500 million")).toEqual(point("1500000000", "USD"));
    expect(parseAmount("5,000억 원")).toEqual(point("500000000000", "KRW"));
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
    expectRefused(parseAmount(text), message);
  });

  it("reads an unknown upper-case code as a code, for the rates table to refuse", () => {
    expect(parseAmount("XYZ 5 bn")).toEqual(point("5000000000", "XYZ"));
  });
});
