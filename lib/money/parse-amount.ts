// Reads an amount as an editor types it from a source — "10,371.92 crore", "2.5 trillion won",
// "€1.96 bn", "up to $100 bn", "€2–3 bn", "500 milliards d'euros", "rund 2 Milliarden Euro",
// "más de 4.000 millones de euros", "最大725億円", "2조 5천억 원", "435亿元" — into an exact decimal
// string (decimal.js, never a float), the currency when one is written, and how the figure was
// stated. Anything it does not know is a message for the editor, never a guess: a lone separator
// the language does not settle ("€4.000 million": four thousand million, or four?) is asked about,
// with both readings.
import type Decimal from "decimal.js";
import { AmountError, lower, Reader } from "./amount-reader";
import { tokenizeAmount, type Token } from "./amount-tokens";
import {
  CJK_SCALE_WORDS,
  ENGLISH_ONLY_SCALES,
  EUROPEAN_ONLY_SCALES,
  LEADING_PHRASES,
  LINK_WORDS,
  RANGE_WORDS,
  RANGE_WORDS_AFTER_BETWEEN,
  SCALE_WORDS,
  SIGN_QUALIFIERS,
  TRAILING_AT_LEAST,
  type Qualifier,
} from "./amount-words";
import { MoneyDecimal } from "./decimal";
import { groupDigits } from "./group-digits";
import type { ValueShape } from "./types";

export type ParsedAmount = {
  ok: true;
  shape: ValueShape;
  // exact / approximate / at_least / up_to: `amount`; range: `low` and `high`. Plain decimal strings.
  amount: string | null;
  low: string | null;
  high: string | null;
  // ISO 4217 code when the text names a currency, else null (the form's currency field decides).
  currency: string | null;
};

// readings: when a separator could go either way, the two figures the text can mean (the editor
// picks one by retyping the number; nothing is saved until then).
export type AmountParseError = { ok: false; message: string; readings?: readonly [ParsedAmount, ParsedAmount] };

// Values from 10^22 up do not fit the database's DECIMAL(24, 2).
const LIMIT = new MoneyDecimal(10).pow(22);

type Side = { value: Decimal; exponent: number | null; currencies: string[] };

export const AMOUNT_HELP =
  "Write a number with an optional scale (thousand, million, bn, lakh, crore, Milliarden, millones, 億, 억…) " +
  "and currency (€, $, EUR, euros, 円…).";

function describe(token: Token): string {
  return `"${token.text}"`;
}

const ONE_WORDS = new Set(["a", "an", "one"]);

type Group = { value: Decimal; exponent: number | null; cjk: boolean };

// A number and up to two growing scale words: "1.2 lakh crore" (10^12), "mil millones", "5천억".
function readGroup(reader: Reader): Group {
  const token = reader.peek();
  if (token === undefined) throw new AmountError("The amount is missing its number.");
  if (token.kind === "sign" && token.text === "–") throw new AmountError("Amounts cannot be negative.");
  const next = reader.peek(1);
  // "a thousand GPUs", "one million": the article counts as 1, but only before a scale word.
  const article = token.kind === "word" && ONE_WORDS.has(token.lower) && next?.kind === "word" && SCALE_WORDS[next.lower] !== undefined;
  if (token.kind !== "number" && !article) throw new AmountError(`Expected a number, found ${describe(token)}. ${AMOUNT_HELP}`);
  reader.advance();
  let value = new MoneyDecimal(token.kind === "number" ? token.value : 1);
  let exponent: number | null = null;
  let cjk = false;
  for (let count = 0; count < 2; count += 1) {
    const next = reader.peek();
    const power = next?.kind === "word" ? SCALE_WORDS[next.lower] : undefined;
    if (power === undefined) break;
    if (exponent !== null && power <= exponent) throw new AmountError(`"${next!.text}" cannot follow another scale word that large.`);
    reader.advance();
    value = value.times(new MoneyDecimal(10).pow(power));
    exponent = (exponent ?? 0) + power;
    cjk = CJK_SCALE_WORDS.has(next!.kind === "word" ? next!.lower : "");
  }
  return { value, exponent, cjk };
}

// East Asian figures add up their groups, largest first: "2조 5천억" is 2 × 10^12 + 5 × 10^11.
function nextIsSmallerCjkGroup(reader: Reader, below: number): boolean {
  const [number, scale] = [reader.peek(), reader.peek(1)];
  if (number?.kind !== "number" || scale?.kind !== "word" || !CJK_SCALE_WORDS.has(scale.lower)) return false;
  return SCALE_WORDS[scale.lower]! < below;
}

function readSide(reader: Reader): Side {
  const currencies: string[] = [];
  for (let code = reader.currency(); code !== null; code = reader.currency()) currencies.push(code);
  const first = readGroup(reader);
  let { value } = first;
  let last = first;
  while (last.cjk && last.exponent !== null && nextIsSmallerCjkGroup(reader, last.exponent)) {
    last = readGroup(reader);
    value = value.plus(last.value);
  }
  const exponent = first.exponent;
  for (;;) {
    const link = reader.peek();
    if (link?.kind === "word" && LINK_WORDS.has(link.lower)) {
      reader.advance();
      const code = reader.currency();
      if (code === null) throw new AmountError(`Expected a currency after "${link.text}".`);
      currencies.push(code);
      continue;
    }
    const code = reader.currency();
    if (code === null) break;
    currencies.push(code);
  }
  return { value, exponent, currencies };
}

function readLeadingQualifier(reader: Reader): Qualifier | null {
  const token = reader.peek();
  if (token?.kind === "sign" && SIGN_QUALIFIERS[token.text] !== undefined) {
    reader.advance();
    return SIGN_QUALIFIERS[token.text]!;
  }
  for (const [phrase, qualifier] of LEADING_PHRASES) {
    const length = reader.phrase([phrase]);
    if (length > 0) {
      reader.advance(length);
      return qualifier;
    }
  }
  return null;
}

function readRangeWord(reader: Reader, afterBetween: boolean): boolean {
  const token = reader.peek();
  if (token === undefined || token.kind === "number" || token.kind === "symbol") return false;
  const text = lower(token);
  if (RANGE_WORDS.has(text) || (afterBetween && RANGE_WORDS_AFTER_BETWEEN.has(text))) {
    reader.advance();
    return true;
  }
  return false;
}

function readTrailingAtLeast(reader: Reader): boolean {
  const token = reader.peek();
  if (token?.kind === "sign" && token.text === "+") {
    reader.advance();
    return true;
  }
  const length = reader.phrase(TRAILING_AT_LEAST);
  reader.advance(length);
  return length > 0;
}

function oneCurrency(codes: string[]): string | null {
  const distinct = [...new Set(codes)];
  if (distinct.length > 1) throw new AmountError(`Two currencies in one amount: ${distinct.join(" and ")}.`);
  return distinct[0] ?? null;
}

function checkValue(value: Decimal): string {
  if (value.isZero()) throw new AmountError("The amount must be greater than zero.");
  if (value.greaterThanOrEqualTo(LIMIT)) throw new AmountError("That amount is too large to be a real figure.");
  return value.toFixed();
}

function parseTokens(tokens: Token[]): ParsedAmount {
  if (tokens.length === 0) throw new AmountError("Type an amount, such as 1.5 bn or €500 M.");
  const reader = new Reader(tokens);
  const leadingCurrency = reader.currency();
  const qualifier = readLeadingQualifier(reader);
  const left = readSide(reader);
  if (leadingCurrency !== null) left.currencies.push(leadingCurrency);

  if (readRangeWord(reader, qualifier === "range_start")) {
    if (qualifier === "up_to" || qualifier === "at_least")
      throw new AmountError("A range cannot also be “up to” or “more than”: give the two ends.");
    const right = readSide(reader);
    if (!reader.done()) throw new AmountError(`Unexpected ${describe(reader.peek()!)} after the range.`);
    // "2–3 bn": the scale written once applies to both ends. "2 bn–3" is unclear, so it is refused.
    if (left.exponent !== null && right.exponent === null) throw new AmountError("Write the scale of the high end too, e.g. 2 bn to 3 bn.");
    const low = left.exponent === null && right.exponent !== null ? left.value.times(new MoneyDecimal(10).pow(right.exponent)) : left.value;
    if (low.greaterThan(right.value)) throw new AmountError("The low end of the range is above the high end.");
    const currency = oneCurrency([...left.currencies, ...right.currencies]);
    return { ok: true, shape: "range", amount: null, low: checkValue(low), high: checkValue(right.value), currency };
  }
  if (qualifier === "range_start") throw new AmountError("Give both ends of the range, e.g. between 2 and 3 billion.");

  const floor = readTrailingAtLeast(reader);
  if (floor && qualifier !== null && qualifier !== "at_least")
    throw new AmountError("The amount is both a floor (+, or more) and something else.");
  if (!reader.done()) {
    const token = reader.peek()!;
    if (token.kind === "word") throw new AmountError(`"${token.text}" is not a word this form knows. ${AMOUNT_HELP}`);
    throw new AmountError(`Unexpected ${describe(token)} after the amount.`);
  }
  const shape: ValueShape = floor ? "at_least" : (qualifier ?? "exact");
  return { ok: true, shape, amount: checkValue(left.value), low: null, high: null, currency: oneCurrency(left.currencies) };
}

function tryParse(tokens: Token[]): ParsedAmount | AmountParseError {
  try {
    return parseTokens(tokens);
  } catch (error) {
    if (error instanceof AmountError) return { ok: false, message: error.message };
    throw error;
  }
}

type Reading = "grouping" | "decimal" | "ask";

// What the text's scale words say about a lone separator: in German, Spanish, Italian, Portuguese,
// Dutch and French a dot groups thousands; in English a comma does. Mixed or silent: ask (a dot),
// or read the comma as English grouping, as the existing sources are written ("1,500 MW").
function readingOf(separator: "." | ",", tokens: Token[]): Reading {
  const words = tokens.flatMap((token) => (token.kind === "word" ? [token.lower] : []));
  const english = words.some((word) => ENGLISH_ONLY_SCALES.has(word));
  const european = words.some((word) => EUROPEAN_ONLY_SCALES.has(word));
  if (separator === ".") return european && !english ? "grouping" : "ask";
  return european ? "ask" : "grouping";
}

function describeReading(parsed: ParsedAmount): string {
  const unit = parsed.currency === null ? "" : ` ${parsed.currency}`;
  if (parsed.shape === "range") return `${groupDigits(parsed.low!)}–${groupDigits(parsed.high!)}${unit}`;
  return `${groupDigits(parsed.amount!)}${unit}`;
}

// The other reading of an ambiguous number: "4.000" as 4, "1,500" as 1.5.
const asDecimal = (token: Token): Token =>
  token.kind === "number" && token.separator
    ? { kind: "number", text: token.text, value: token.text.replace(token.separator, ".") }
    : token;

/** Parses a typed amount; every failure is an `{ ok: false, message }` the editor can act on. */
export function parseAmount(text: string): ParsedAmount | AmountParseError {
  if (typeof text !== "string") return { ok: false, message: "Type an amount." };
  const tokenized = tokenizeAmount(text);
  if (!tokenized.ok) return tokenized;
  const tokens = tokenized.tokens;
  const lone = tokens.filter(
    (token): token is Extract<Token, { kind: "number" }> => token.kind === "number" && token.separator !== undefined,
  );
  const readings = lone.map((token) => readingOf(token.separator!, tokens));
  if (readings.every((reading) => reading === "grouping")) return tryParse(tokens);
  const grouped = tryParse(tokens);
  const decimal = tryParse(tokens.map(asDecimal));
  if (!grouped.ok || !decimal.ok) return grouped.ok ? grouped : decimal.ok ? decimal : grouped;
  const numbers = lone.map((token) => `"${token.text}"`).join(" and ");
  const rewrites = lone.map((token) => {
    const decimalText = new MoneyDecimal(token.text.replace(token.separator!, ".")).toFixed();
    return `${token.text.replace(token.separator!, "")} or ${decimalText}`;
  });
  return {
    ok: false,
    message:
      `${numbers} can be read two ways: ${describeReading(grouped)} (thousands separator) ` +
      `or ${describeReading(decimal)} (decimal point). ` +
      `Retype the number to say which (${rewrites.join("; ")}).`,
    readings: [grouped, decimal],
  };
}
