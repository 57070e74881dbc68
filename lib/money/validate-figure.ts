import type Decimal from "decimal.js";
import { parseDecimal } from "./decimal";
import type { MoneyFigure, ValueShape } from "./types";

// A figure whose strings have been checked and parsed. Non-range shapes carry only `amount`; low/high
// are ignored for them because the database CHECK constraints give them no meaning there.
export type ParsedFigure = {
  shape: ValueShape;
  currency: string;
  amount: Decimal | null;
  low: Decimal | null;
  high: Decimal | null;
};

export type ParseResult = { ok: true; figure: ParsedFigure } | { ok: false; message: string };

const SHAPES: readonly string[] = ["exact", "approximate", "at_least", "up_to", "range", "unstated"];
const CURRENCY_CODE = /^[A-Z]{3}$/;

type FieldResult = { ok: true; value: Decimal } | { ok: false; message: string };

function parseField(label: string, raw: string): FieldResult {
  const value = parseDecimal(raw);
  if (value === null) return { ok: false, message: `The ${label} "${raw}" is not a decimal number.` };
  if (value.isNegative() && !value.isZero()) {
    return { ok: false, message: `The ${label} "${raw}" is negative; money figures cannot be.` };
  }
  return { ok: true, value };
}

// Checks a figure before anything is computed or shown, so that a bad row is reported rather than
// silently rendered as a plausible-looking number.
export function parseFigure(figure: MoneyFigure): ParseResult {
  if (!CURRENCY_CODE.test(figure.currency)) {
    return { ok: false, message: `Currency "${figure.currency}" is not a three-letter uppercase ISO 4217 code.` };
  }
  if (!SHAPES.includes(figure.shape)) {
    return { ok: false, message: `Unknown value shape "${String(figure.shape)}".` };
  }

  if (figure.shape === "unstated") {
    if (figure.amount !== null || figure.low !== null || figure.high !== null) {
      return { ok: false, message: "A figure whose source states no number carries no amount." };
    }
    return { ok: true, figure: { shape: "unstated", currency: figure.currency, amount: null, low: null, high: null } };
  }
  if (figure.shape !== "range") {
    if (figure.amount === null) return { ok: false, message: `A figure of shape "${figure.shape}" needs an amount.` };
    const amount = parseField("amount", figure.amount);
    if (!amount.ok) return amount;
    return { ok: true, figure: { shape: figure.shape, currency: figure.currency, amount: amount.value, low: null, high: null } };
  }

  if (figure.low === null || figure.high === null) {
    return { ok: false, message: "A range needs both a low and a high amount." };
  }
  const low = parseField("low amount", figure.low);
  if (!low.ok) return low;
  const high = parseField("high amount", figure.high);
  if (!high.ok) return high;
  if (low.value.greaterThan(high.value)) {
    return { ok: false, message: `The range's low amount (${figure.low}) is greater than its high amount (${figure.high}).` };
  }
  // A range may also carry a central estimate; when present it must be a valid amount too.
  let central: Decimal | null = null;
  if (figure.amount !== null) {
    const amount = parseField("central amount", figure.amount);
    if (!amount.ok) return amount;
    central = amount.value;
  }
  return { ok: true, figure: { shape: "range", currency: figure.currency, amount: central, low: low.value, high: high.value } };
}

// Public check for forms and importers: null when the figure is valid, else an English explanation.
export function validateFigure(figure: MoneyFigure): string | null {
  const result = parseFigure(figure);
  return result.ok ? null : result.message;
}
