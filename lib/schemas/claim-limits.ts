// Figures as their columns hold them: funding_claim amounts are DECIMAL(24, 2) and capacity_claim
// values DECIMAL(24, 6). An edit refuses what the database would round or overflow.
import { MoneyDecimal } from "@/lib/money/decimal";
import { optionalDecimalWithin } from "./fields";

const amount = optionalDecimalWithin(22, 2);
const value = optionalDecimalWithin(18, 6);

export const fundingAmountLimits = { amount, amountLow: amount, amountHigh: amount };
export const capacityValueLimits = { value, valueLow: value, valueHigh: value };

type Figure = { amount: string | null; low: string | null; high: string | null };

// DECIMAL(24, 2) for money, DECIMAL(24, 6) for capacity: refuse what the column would round or reject.
const limits = {
  money: { decimals: 2, below: new MoneyDecimal(10).pow(22), unit: "Money is recorded to the cent: at most 2 decimals." },
  capacity: { decimals: 6, below: new MoneyDecimal(10).pow(18), unit: "At most 6 decimals." },
} as const;
export type ColumnKind = keyof typeof limits;

function valuesOf(parsed: Figure): string[] {
  return [parsed.amount, parsed.low, parsed.high].filter((value): value is string => value !== null);
}

/** Why the column a figure goes to would round or reject it, or null when it fits. */
export function columnProblem(parsed: Figure, kind: ColumnKind): string | null {
  const limit = limits[kind];
  for (const value of valuesOf(parsed)) {
    const decimal = new MoneyDecimal(value);
    if (decimal.decimalPlaces() > limit.decimals) return limit.unit;
    if (decimal.greaterThanOrEqualTo(limit.below)) return "That amount is too large to be a real figure.";
  }
  return null;
}
