// Reads an amount as an editor types it from a source — "10,371.92 crore", "2.5 trillion won",
// "€1.96 bn", "up to $100 bn", "€2–3 bn", "500 milliards d'euros" — into an exact decimal string
// (decimal.js, never a float), the currency when one is written, and how the figure was stated.
// Anything it does not know is a message for the editor, never a guess.
import type Decimal from "decimal.js";
import { AmountError, lower, Reader } from "./amount-reader";
import { tokenizeAmount, type Token } from "./amount-tokens";
import {
  LEADING_PHRASES, LINK_WORDS, RANGE_WORDS, RANGE_WORDS_AFTER_BETWEEN, SCALE_WORDS, SIGN_QUALIFIERS, TRAILING_AT_LEAST, type Qualifier,
} from "./amount-words";
import { MoneyDecimal } from "./decimal";
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

export type AmountParseError = { ok: false; message: string };

// Values from 10^22 up do not fit the database's DECIMAL(24, 2).
const LIMIT = new MoneyDecimal(10).pow(22);

type Side = { value: Decimal; exponent: number | null; currencies: string[] };

const HELP = "Write a number with an optional scale (thousand, million, bn, trillion, lakh, crore) and currency (€, $, EUR, euros…).";

function describe(token: Token): string {
  return `"${token.text}"`;
}

function readSide(reader: Reader): Side {
  const currencies: string[] = [];
  for (let code = reader.currency(); code !== null; code = reader.currency()) currencies.push(code);
  const token = reader.peek();
  if (token === undefined) throw new AmountError("The amount is missing its number.");
  if (token.kind === "sign" && token.text === "–") throw new AmountError("Amounts cannot be negative.");
  if (token.kind !== "number") throw new AmountError(`Expected a number, found ${describe(token)}. ${HELP}`);
  reader.advance();
  let value = new MoneyDecimal(token.value);
  let exponent: number | null = null;
  // Up to two scale words, growing: "lakh crore" (10^12), "mille milliards", "thousand crore".
  for (let count = 0; count < 2; count += 1) {
    const next = reader.peek();
    const power = next?.kind === "word" ? SCALE_WORDS[next.lower] : undefined;
    if (power === undefined) break;
    if (exponent !== null && power <= exponent) throw new AmountError(`"${next!.text}" cannot follow another scale word that large.`);
    reader.advance();
    value = value.times(new MoneyDecimal(10).pow(power));
    exponent = (exponent ?? 0) + power;
  }
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
    if (qualifier === "up_to" || qualifier === "at_least") throw new AmountError("A range cannot also be “up to” or “more than”: give the two ends.");
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
  if (floor && qualifier !== null && qualifier !== "at_least") throw new AmountError("The amount is both a floor (+, or more) and something else.");
  if (!reader.done()) {
    const token = reader.peek()!;
    if (token.kind === "word") throw new AmountError(`"${token.text}" is not a word this form knows. ${HELP}`);
    throw new AmountError(`Unexpected ${describe(token)} after the amount.`);
  }
  const shape: ValueShape = floor ? "at_least" : (qualifier ?? "exact");
  return { ok: true, shape, amount: checkValue(left.value), low: null, high: null, currency: oneCurrency(left.currencies) };
}

/** Parses a typed amount; every failure is an `{ ok: false, message }` the editor can act on. */
export function parseAmount(text: string): ParsedAmount | AmountParseError {
  if (typeof text !== "string") return { ok: false, message: "Type an amount." };
  const tokens = tokenizeAmount(text);
  if (!tokens.ok) return tokens;
  try {
    return parseTokens(tokens.tokens);
  } catch (error) {
    if (error instanceof AmountError) return { ok: false, message: error.message };
    throw error;
  }
}
