// The project's reference rates (prisma/seed-data/fx_rates.json), as the database hands them over.
// Not a test file: shared by the money tests.
import type { MoneyFigure, ReferenceRate, ValueShape } from "@/lib/money";

export const EUR_2024: ReferenceRate = {
  currency: "EUR",
  year: 2024,
  usdPerUnit: "1.0824",
  rateKind: "annual_average",
  sourceLabel: "ECB",
};
export const EUR_2025: ReferenceRate = { currency: "EUR", year: 2025, usdPerUnit: "1.13", rateKind: "annual_average", sourceLabel: "ECB" };
export const JPY_2025: ReferenceRate = {
  currency: "JPY",
  year: 2025,
  usdPerUnit: "0.0066859",
  rateKind: "annual_average",
  sourceLabel: "Federal Reserve",
};
export const INR_2025: ReferenceRate = {
  currency: "INR",
  year: 2025,
  usdPerUnit: "0.011475",
  rateKind: "annual_average",
  sourceLabel: "Federal Reserve",
};
export const AED_PEG_2025: ReferenceRate = {
  currency: "AED",
  year: 2025,
  usdPerUnit: "0.272294",
  rateKind: "official_peg",
  sourceLabel: "Central Bank of the UAE",
};

export const RATES: readonly ReferenceRate[] = [EUR_2024, EUR_2025, JPY_2025, INR_2025, AED_PEG_2025];

// The non-breaking space formatMoney puts between a number and its scale (and after a currency code).
export const NB = "\u00a0";

export function point(shape: Exclude<ValueShape, "range">, amount: string, currency: string): MoneyFigure {
  return { shape, amount, low: null, high: null, currency };
}

export function range(low: string, high: string, currency: string, central: string | null = null): MoneyFigure {
  return { shape: "range", amount: central, low, high, currency };
}
