import type Decimal from "decimal.js";
import { MoneyDecimal, ROUND_HALF_EVEN } from "./decimal";
import { formatIndianPoint, formatIndianRange } from "./format-indian";
import type { MoneyFigure } from "./types";
import { parseFigure } from "./validate-figure";

export type FormatMoneyOptions = { approximate?: boolean };

const SYMBOLS: Readonly<Record<string, string>> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" };
const SCALES = [
  { suffix: "tn", exponent: 12 },
  { suffix: "bn", exponent: 9 },
  { suffix: "M", exponent: 6 },
  { suffix: "k", exponent: 3 },
] as const;
type Scale = (typeof SCALES)[number];

// Non-breaking, so "500 bn" or "KRW 2.5 tn" never wraps between its two halves.
const NBSP = "\u00a0";
const EN_DASH = "\u2013";
// Shown instead of throwing when a figure cannot be read; callers validate before relying on values.
const UNREADABLE = "—";

// Values reach Intl already rounded to 3 significant digits, so this only adds grouping and drops
// trailing zeros; the cap matches so a float artefact can never add a digit.
const NUMBER_FORMAT = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 });

type Part = { number: string; scale: Scale | null };

// Rounds BEFORE picking the scale, so 999,999 reads "1 M" rather than "1,000 k".
function toPart(value: Decimal): Part {
  const rounded = value.toSignificantDigits(3, ROUND_HALF_EVEN);
  const scale = SCALES.find((candidate) => rounded.greaterThanOrEqualTo(new MoneyDecimal(10).pow(candidate.exponent))) ?? null;
  // Dividing by a power of ten is exact in decimal; the float is only used for display.
  const scaled = scale === null ? rounded : rounded.dividedBy(new MoneyDecimal(10).pow(scale.exponent));
  return { number: NUMBER_FORMAT.format(scaled.toNumber()), scale };
}

function unit(scale: Scale | null): string {
  return scale === null ? "" : `${NBSP}${scale.suffix}`;
}

function prefix(currency: string): string {
  return SYMBOLS[currency] ?? `${currency}${NBSP}`;
}

function formatPoint(currency: string, value: Decimal): string {
  if (currency === "INR") return formatIndianPoint(value);
  const part = toPart(value);
  return `${prefix(currency)}${part.number}${unit(part.scale)}`;
}

// "$200–300 M" when both ends share a scale, else "$800 M–1.2 bn".
function formatRange(currency: string, low: Decimal, high: Decimal): string {
  if (currency === "INR") return formatIndianRange(low, high);
  const lowPart = toPart(low);
  const highPart = toPart(high);
  if (lowPart.scale === highPart.scale) {
    return `${prefix(currency)}${lowPart.number}${EN_DASH}${highPart.number}${unit(highPart.scale)}`;
  }
  return `${prefix(currency)}${lowPart.number}${unit(lowPart.scale)}${EN_DASH}${highPart.number}${unit(highPart.scale)}`;
}

// Readable money: "$500 bn", "≈ €1.96 bn", "more than $320 M", "up to $50 bn", "₹10,371.92 crore".
// `approximate` adds "≈" whatever the shape (used for converted figures, which are never exact).
export function formatMoney(figure: MoneyFigure, options: FormatMoneyOptions = {}): string {
  const parsed = parseFigure(figure);
  if (!parsed.ok) return UNREADABLE;
  const { shape, currency, amount, low, high } = parsed.figure;

  if (shape === "unstated") return "no amount stated";
  let body: string;
  if (shape === "range") {
    if (low === null || high === null) return UNREADABLE;
    body = formatRange(currency, low, high);
  } else {
    if (amount === null) return UNREADABLE;
    const point = formatPoint(currency, amount);
    body = shape === "at_least" ? `more than ${point}` : shape === "up_to" ? `up to ${point}` : point;
  }

  const approximate = shape === "approximate" || options.approximate === true;
  return approximate ? `≈ ${body}` : body;
}
