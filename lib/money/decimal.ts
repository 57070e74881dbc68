import Decimal from "decimal.js";

// A private Decimal constructor, so our precision and rounding neither depend on nor leak into the
// global Decimal configuration that other modules (Prisma among them) may set.
// 60 significant digits: stored amounts have at most 24 digits and rates at most 20, so products are
// exact and quotients carry far more digits than the 2-decimal result needs.
export const MoneyDecimal = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -100,
  toExpPos: 100,
});

export const ROUND_HALF_EVEN = Decimal.ROUND_HALF_EVEN;

// Plain decimal notation with an optional exponent (Decimal#toString uses one for tiny rates).
// Deliberately stricter than the Decimal constructor, which would also take "0x1F", "Infinity", "NaN".
const DECIMAL_PATTERN = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

// Parses a decimal string; null when it is absent, not a number, or too large to be finite.
export function parseDecimal(value: string | null): Decimal | null {
  if (value === null) return null;
  if (!DECIMAL_PATTERN.test(value)) return null;
  const parsed = new MoneyDecimal(value);
  if (!parsed.isFinite()) return null;
  return parsed;
}

// The string form used in converted figures: always 2 decimals, banker's rounding, no exponent.
export function toMoneyString(value: Decimal): string {
  return value.toFixed(2, ROUND_HALF_EVEN);
}
