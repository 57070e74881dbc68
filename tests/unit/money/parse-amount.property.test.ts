import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAmount } from "@/lib/money/parse-amount";
import { expectReadingOffered, scaled } from "./parse-expectations";

const scales = [
  ["thousand", 3],
  ["million", 6],
  ["bn", 9],
  ["billion", 9],
  ["milliards", 9],
  ["trillion", 12],
  ["lakh", 5],
  ["crore", 7],
  ["lakh crore", 12],
] as const;
const currencies = [
  ["€", "EUR"],
  ["$", "USD"],
  ["£", "GBP"],
  ["₹", "INR"],
  ["USD ", "USD"],
  ["KRW ", "KRW"],
  ["", null],
] as const;

// A decimal as an editor would write it: 1–6 integer digits without a leading zero, 0–4 decimals
// but never exactly three ("1.500" may be grouping: see the language property below).
const typedDecimal = fc
  .tuple(fc.integer({ min: 1, max: 999_999 }), fc.option(fc.stringMatching(/^(\d{1,2}|\d{4})$/), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? String(whole) : `${whole}.${fraction}`));

describe("parseAmount properties", () => {
  it("never throws, and any success is a positive plain decimal", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.stringMatching(/^[\d.,\s–-]{0,30}(bn|m|crore|€|\$)?$/)),
        (text) => {
          const result = parseAmount(text);
          if (!result.ok) return typeof result.message === "string" && result.message.length > 0;
          const values = [result.amount, result.low, result.high].filter((v): v is string => v !== null);
          return values.length > 0 && values.every((v) => /^\d+(\.\d+)?$/.test(v) && new Decimal(v).greaterThan(0));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads a typed number, scale and currency back exactly", () => {
    fc.assert(
      fc.property(typedDecimal, fc.constantFrom(...scales), fc.constantFrom(...currencies), (typed, [word, exponent], [sign, code]) => {
        const result = parseAmount(`${sign}${typed} ${word}`);
        expect(result).toEqual({ ok: true, shape: "exact", amount: scaled(typed, exponent), low: null, high: null, currency: code });
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
        expect(result).toEqual({ ok: true, shape: "range", amount: null, low: scaled(low, 9), high: scaled(high, 9), currency: "EUR" });
      }),
      { numRuns: 300 },
    );
  });
});

// How each language's sources print a figure: its number format (Intl, from a decimal string, so
// exactly), scale words with their powers of ten, currency words, and how they are put together.
const languages = [
  {
    locale: "en-US",
    scales: [
      ["million", 6],
      ["bn", 9],
      ["trillion", 12],
    ],
    currencies: [
      ["€", "EUR"],
      ["$", "USD"],
    ],
    join: (n: string, s: string, c: string) => `${c}${n} ${s}`,
  },
  {
    locale: "fr-FR",
    scales: [
      ["millions", 6],
      ["milliards", 9],
    ],
    currencies: [
      ["d'euros", "EUR"],
      ["de dollars", "USD"],
    ],
    join: (n: string, s: string, c: string) => `${n} ${s} ${c}`,
  },
  {
    locale: "de-DE",
    scales: [
      ["Millionen", 6],
      ["Milliarden", 9],
      ["Mrd.", 9],
    ],
    currencies: [
      ["Euro", "EUR"],
      ["Franken", "CHF"],
    ],
    join: (n: string, s: string, c: string) => `${n} ${s} ${c}`,
  },
  {
    locale: "es-ES",
    scales: [
      ["millones", 6],
      ["mil millones", 9],
      ["billones", 12],
    ],
    currencies: [
      ["de euros", "EUR"],
      ["de dólares", "USD"],
    ],
    join: (n: string, s: string, c: string) => `${n} ${s} ${c}`,
  },
  {
    locale: "it-IT",
    scales: [
      ["milioni", 6],
      ["miliardi", 9],
    ],
    currencies: [
      ["di euro", "EUR"],
      ["di dollari", "USD"],
    ],
    join: (n: string, s: string, c: string) => `${n} ${s} ${c}`,
  },
  {
    locale: "pt-BR",
    scales: [
      ["milhões", 6],
      ["bilhões", 9],
    ],
    currencies: [
      ["R$", "BRL"],
      ["US$", "USD"],
    ],
    join: (n: string, s: string, c: string) => `${c} ${n} ${s}`,
  },
  {
    locale: "nl-NL",
    scales: [
      ["miljoen", 6],
      ["miljard", 9],
    ],
    currencies: [
      ["euro", "EUR"],
      ["dollar", "USD"],
    ],
    join: (n: string, s: string, c: string) => `${n} ${s} ${c}`,
  },
  {
    locale: "ja-JP",
    scales: [
      ["万", 4],
      ["億", 8],
      ["兆", 12],
    ],
    currencies: [
      ["円", "JPY"],
      ["ドル", "USD"],
    ],
    join: (n: string, s: string, c: string) => `${n}${s}${c}`,
  },
  {
    locale: "ko-KR",
    scales: [
      ["만", 4],
      ["억", 8],
      ["조", 12],
    ],
    currencies: [
      ["원", "KRW"],
      ["달러", "USD"],
    ],
    join: (n: string, s: string, c: string) => `${n}${s} ${c}`,
  },
  {
    locale: "zh-CN",
    scales: [
      ["万", 4],
      ["亿", 8],
    ],
    currencies: [
      ["元", "CNY"],
      ["美元", "USD"],
    ],
    join: (n: string, s: string, c: string) => `${n}${s}${c}`,
  },
] as const;

// A positive decimal with up to 2 decimals, as a string (cents from a bigint: no float).
const decimalString = fc.bigInt({ min: 1n, max: 10n ** 9n }).map((cents) => new Decimal(cents.toString()).dividedBy(100).toFixed());

describe("parseAmount in the sources' languages", () => {
  it("every accepted text round-trips to the same decimal; a separator it cannot settle is asked, with the right reading offered", () => {
    fc.assert(
      fc.property(decimalString, fc.constantFrom(...languages), fc.nat(), fc.nat(), (value, language, i, j) => {
        const [scale, exponent] = language.scales[i % language.scales.length]!;
        const [currency, code] = language.currencies[j % language.currencies.length]!;
        const number = new Intl.NumberFormat(language.locale, { maximumFractionDigits: 2 }).format(value as Intl.StringNumericLiteral);
        const text = language.join(number, scale, currency);
        const result = parseAmount(text);
        const amount = scaled(value, exponent);
        if (result.ok) {
          expect(result, text).toEqual({ ok: true, shape: "exact", amount, low: null, high: null, currency: code });
        } else {
          // Only a lone separator before three digits is ever asked about, and one reading is the source's.
          expect(number, text).toMatch(/^[1-9]\d{0,2}[.,]\d{3}$/);
          expectReadingOffered(result, amount, text);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("never reads a lone separator under an English scale silently: both readings are shown", () => {
    const [wholes, parts] = [fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 })];
    fc.assert(
      fc.property(wholes, parts, fc.constantFrom("million", "bn"), (whole, part, unit) => {
        const digits = String(part).padStart(3, "0");
        const result = parseAmount(`€${whole}.${digits} ${unit}`);
        expect(result.ok).toBe(false);
        const [grouped, decimal] = !result.ok && result.readings ? result.readings : [];
        expect(new Decimal(grouped!.amount!).dividedBy(decimal!.amount!).toFixed()).toBe("1000");
      }),
      { numRuns: 200 },
    );
  });
});
