// Splits what an editor typed ("€2–3 bn", "10,371.92 crore", "500 milliards d'euros") into numbers,
// currency signs, words and signs. Separators are read as editors write them: "10,371.92" and the
// Indian "1,00,000" group thousands, "1 500 000" too; a comma followed by other than three digits
// ("1,5") is a decimal comma. A lone separator before three digits ("4.000", "1,500") may be either:
// the token carries both readings, and parseAmount decides from the language of the text or asks.
// Japanese, Korean and Chinese words are split on the words we know ("億円" is 億 and 円).
import { CJK_WORDS, CURRENCY_SYMBOLS } from "./amount-words";

export type Token =
  // separator: the lone "." or "," of an ambiguous number, whose `value` reads it as grouping.
  | { kind: "number"; text: string; value: string; separator?: "." | "," }
  | { kind: "symbol"; text: string; code: string }
  | { kind: "word"; text: string; lower: string }
  | { kind: "sign"; text: string };

export type TokenResult = { ok: true; tokens: Token[] } | { ok: false; message: string };

export const MAX_AMOUNT_TEXT = 200;
const MAX_NUMBER_CHARS = 40;

// Grouped forms first, so "1,500" is fifteen hundred and not 1.5.
const NUMBER_FORMS: ReadonlyArray<{ pattern: RegExp; normalise: (text: string) => string }> = [
  // 10,371.92 · 1,00,000 · 1,234,567
  { pattern: /^\d{1,3}(?:,\d{2,3})*,\d{3}(?:\.\d+)?(?![\d,])/, normalise: (t) => t.replace(/,/g, "") },
  // 1 500 000 · 1 500,5 (French)
  { pattern: /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?![\d])/, normalise: (t) => t.replace(/ /g, "").replace(",", ".") },
  // 1.500.000 (two or more dot groups cannot be a decimal point) · 10.371,92 (a dot before a decimal comma)
  { pattern: /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![\d.,])/, normalise: (t) => t.replace(/\./g, "").replace(",", ".") },
  { pattern: /^\d{1,3}(?:\.\d{3})+,\d+(?![\d.,])/, normalise: (t) => t.replace(/\./g, "").replace(",", ".") },
  // 4.000 (four thousand in German, four in English): read as grouping here, marked as ambiguous below
  { pattern: /^[1-9]\d{0,2}\.\d{3}(?![\d.,])/, normalise: (t) => t.replace(".", "") },
  // 1.5 · 1,5 · 500
  { pattern: /^\d+(?:[.,]\d+)?(?![\d])/, normalise: (t) => t.replace(",", ".") },
];

const SIGNS = [">=", "<=", "~", "≈", ">", "<", "≥", "≤", "+", "–"];
const WORD = /^\p{L}[\p{L}'.]*/u;
const CJK = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Longest first, so that 人民币 is one word and not 人 民 币.
const CJK_BY_LENGTH = [...CJK_WORDS].sort((a, b) => b.length - a.length);
const LONE_SEPARATOR = /^[1-9]\d{0,2}([.,])\d{3}$/;

/** Unicode spaces to plain spaces, every dash and minus to "–", curly apostrophes to straight ones. */
export function normaliseAmountText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u00a0\u2007\u2009\u202f]/g, " ")
    .replace(/[-\u2010-\u2015\u2212]/g, "–")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .trim();
}

function readNumber(rest: string): Token | null {
  for (const form of NUMBER_FORMS) {
    const match = form.pattern.exec(rest);
    if (!match) continue;
    const separator = LONE_SEPARATOR.exec(match[0])?.[1] as "." | "," | undefined;
    return { kind: "number", text: match[0], value: form.normalise(match[0]), ...(separator ? { separator } : {}) };
  }
  return null;
}

// "d'euros" is two words, "d" and "euros"; "jusqu'à" stays one.
function readWords(text: string): Token[] {
  const trimmed = text.replace(/\.+$/, "");
  const elided = /^([dl])'(.+)$/i.exec(trimmed);
  const parts = elided ? [elided[1]!, elided[2]!] : [trimmed];
  return parts.map((part) => ({ kind: "word", text: part, lower: part.toLowerCase() }));
}

export function tokenizeAmount(input: string): TokenResult {
  const text = normaliseAmountText(input);
  if (text.length > MAX_AMOUNT_TEXT) return { ok: false, message: `Keep the amount under ${MAX_AMOUNT_TEXT} characters.` };
  const tokens: Token[] = [];
  let rest = text;
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const symbol = CURRENCY_SYMBOLS.find(([sign]) => rest.startsWith(sign));
    if (symbol) {
      tokens.push({ kind: "symbol", text: symbol[0], code: symbol[1] });
      rest = rest.slice(symbol[0].length);
      continue;
    }
    const number = /^\d/.test(rest) ? readNumber(rest) : null;
    if (number) {
      if (number.text.length > MAX_NUMBER_CHARS) return { ok: false, message: "That number has too many digits." };
      tokens.push(number);
      rest = rest.slice(number.text.length);
      continue;
    }
    const sign = SIGNS.find((candidate) => rest.startsWith(candidate));
    if (sign) {
      tokens.push({ kind: "sign", text: sign });
      rest = rest.slice(sign.length);
      continue;
    }
    if (CJK.test(rest)) {
      const known = CJK_BY_LENGTH.find((candidate) => rest.startsWith(candidate)) ?? Array.from(rest)[0]!;
      tokens.push({ kind: "word", text: known, lower: known });
      rest = rest.slice(known.length);
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      tokens.push(...readWords(word[0]));
      rest = rest.slice(word[0].length);
      continue;
    }
    const char = Array.from(rest)[0] ?? rest.charAt(0);
    if (char === "%") return { ok: false, message: "A percentage is not an amount." };
    return { ok: false, message: `Unexpected "${char}" in the amount.` };
  }
  return { ok: true, tokens };
}
