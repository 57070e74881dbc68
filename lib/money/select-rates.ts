import type Decimal from "decimal.js";
import { parseDecimal } from "./decimal";
import type { RateKind, ReferenceRate } from "./types";

// One leg of a conversion: how many US dollars one unit of `currency` is worth.
export type RateLeg = { currency: string; usdPerUnit: Decimal; rateKind: RateKind; sourceLabel: string };

export type RateSelection =
  | {
      ok: true;
      year: number;
      requestedYear: number;
      // In the order the currencies were asked for.
      legs: readonly RateLeg[];
      // Currencies with no row for the requested year itself (so an earlier year stood in for them).
      missingInRequestedYear: readonly string[];
      // Whether any of those currencies has a row after the requested year: then the gap is a hole in
      // the data, not a year whose average has not been published yet.
      laterRateExists: boolean;
    }
  | { ok: false; message: string };

function yearsFor(currency: string, rates: readonly ReferenceRate[]): Set<number> {
  return new Set(rates.filter((rate) => rate.currency === currency).map((rate) => rate.year));
}

// Picks the latest year at or before `year` that has a rate for EVERY currency asked for.
// Choice: a cross conversion (e.g. JPY→EUR) uses a single year for both legs rather than the latest
// year per currency, so the sentence can name one year and the two rates are from the same period.
// Never falls forward to a later year, and never invents a rate (no silent 1.0).
export function selectRates(currencies: readonly string[], year: number, rates: readonly ReferenceRate[]): RateSelection {
  if (!Number.isInteger(year)) return { ok: false, message: `${year} is not a valid year for a reference rate.` };

  let common: number[] | null = null;
  for (const currency of currencies) {
    const usable = [...yearsFor(currency, rates)].filter((candidate) => candidate <= year);
    if (usable.length === 0) {
      return { ok: false, message: `No reference rate for ${currency} in ${year} or any earlier year.` };
    }
    common = common === null ? usable : common.filter((candidate) => usable.includes(candidate));
  }
  if (common === null || common.length === 0) {
    return { ok: false, message: `No single year up to ${year} has reference rates for all of ${currencies.join(", ")}.` };
  }
  const chosen = Math.max(...common);

  const legs: RateLeg[] = [];
  for (const currency of currencies) {
    // (currency, year) is unique in the database; with duplicates the first row wins.
    const row = rates.find((rate) => rate.currency === currency && rate.year === chosen);
    const usdPerUnit = row === undefined ? null : parseDecimal(row.usdPerUnit);
    if (row === undefined || usdPerUnit === null || !usdPerUnit.isPositive() || usdPerUnit.isZero()) {
      // A broken row is reported, not skipped: falling back to another year would hide the data error.
      return { ok: false, message: `The ${chosen} reference rate for ${currency} ("${row?.usdPerUnit ?? ""}") is not a positive number.` };
    }
    legs.push({ currency, usdPerUnit, rateKind: row.rateKind, sourceLabel: row.sourceLabel });
  }

  const missingInRequestedYear = currencies.filter((currency) => !yearsFor(currency, rates).has(year));
  const laterRateExists = missingInRequestedYear.some((currency) => [...yearsFor(currency, rates)].some((candidate) => candidate > year));
  return { ok: true, year: chosen, requestedYear: year, legs, missingInRequestedYear, laterRateExists };
}
