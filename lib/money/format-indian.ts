// Indian rupees as Indian sources print them: "₹10,371.92 crore", "₹45 lakh", "₹1,20,000 crore", with
// lakh/crore digit grouping (Intl's en-IN), to the two decimals those sources give, not rounded to
// three significant digits like other currencies ("INR 104 bn" matched no source a reader could check).
import type Decimal from "decimal.js";
import { MoneyDecimal, ROUND_HALF_EVEN } from "./decimal";

const NBSP = "\u00a0";
const INDIAN = new Intl.NumberFormat("en-IN", { maximumFractionDigits: 2 });
const UNITS = [
  { word: "crore", exponent: 7 },
  { word: "lakh", exponent: 5 },
] as const;
type Unit = (typeof UNITS)[number] | null;

function unitOf(value: Decimal): Unit {
  return UNITS.find((unit) => value.greaterThanOrEqualTo(new MoneyDecimal(10).pow(unit.exponent))) ?? null;
}

function number(value: Decimal, unit: Unit): string {
  const scaled = unit === null ? value : value.dividedBy(new MoneyDecimal(10).pow(unit.exponent));
  // A string keeps every digit: Intl reads it exactly, with no float in between.
  return INDIAN.format(scaled.toDecimalPlaces(2, ROUND_HALF_EVEN).toFixed() as Intl.StringNumericLiteral);
}

const suffix = (unit: Unit) => (unit === null ? "" : `${NBSP}${unit.word}`);

/** "₹10,371.92 crore". */
export function formatIndianPoint(value: Decimal): string {
  const unit = unitOf(value);
  return `₹${number(value, unit)}${suffix(unit)}`;
}

/** "₹10,000–10,400 crore" when both ends share a unit, else "₹50 lakh–1.2 crore". */
export function formatIndianRange(low: Decimal, high: Decimal): string {
  const [lowUnit, highUnit] = [unitOf(low), unitOf(high)];
  if (lowUnit === highUnit) return `₹${number(low, lowUnit)}\u2013${number(high, highUnit)}${suffix(highUnit)}`;
  return `₹${number(low, lowUnit)}${suffix(lowUnit)}\u2013${number(high, highUnit)}${suffix(highUnit)}`;
}
