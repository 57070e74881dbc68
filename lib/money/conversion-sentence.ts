import type { RateLeg } from "./select-rates";

export type SentenceRates = {
  year: number;
  requestedYear: number;
  legs: readonly RateLeg[];
  missingInRequestedYear: readonly string[];
  laterRateExists: boolean;
};

function source(leg: RateLeg): string {
  return leg.sourceLabel.trim() === "" ? "" : ` (${leg.sourceLabel.trim()})`;
}

function describeLeg(leg: RateLeg, year: number): string {
  if (leg.rateKind === "official_peg") return `the official ${leg.currency}/USD peg${source(leg)}`;
  return `the ${year} average ${leg.currency}/USD rate${source(leg)}`;
}

// "the 2025 average EUR/USD rate (ECB)", "the official AED/USD peg (…)", or, for two averages,
// "the 2025 average JPY/USD (Federal Reserve) and EUR/USD (ECB) rates".
function describeRates(legs: readonly RateLeg[], year: number): string {
  const [first, second] = legs;
  if (first === undefined) return "";
  if (second === undefined) return describeLeg(first, year);
  if (first.rateKind === "annual_average" && second.rateKind === "annual_average") {
    return `the ${year} average ${first.currency}/USD${source(first)} and ${second.currency}/USD${source(second)} rates`;
  }
  return `${describeLeg(first, year)} and ${describeLeg(second, year)}`;
}

// Says why an earlier year was used. Pegs are left out: a peg does not change from year to year, so
// using last year's row says nothing the reader needs to know.
function earlierYearNote(rates: SentenceRates): string | null {
  const averaged = rates.legs.filter((leg) => leg.rateKind === "annual_average").map((leg) => leg.currency);
  const missing = rates.missingInRequestedYear.filter((currency) => averaged.includes(currency));
  if (missing.length === 0) return null;
  // "yet" only when nothing newer exists; otherwise the requested year is a hole in the data.
  const status = rates.laterRateExists ? "on file" : "yet";
  if (missing.length === averaged.length) {
    return `no ${rates.requestedYear} ${missing.length > 1 ? "rates" : "rate"} ${status}`;
  }
  return `no ${rates.requestedYear} ${missing.map((currency) => `${currency}/USD`).join(" or ")} rate ${status}`;
}

// "≈ $11.3 bn at the 2025 average EUR/USD rate (ECB); no 2026 rate yet", and with the reason the
// year was chosen when it is not the claim's date: "…rate (Federal Reserve), the year holding most
// of FY2024-25 (April 2024–March 2025)".
export function conversionSentence(formattedAmount: string, rates: SentenceRates, basis: string | null = null): string {
  const note = earlierYearNote(rates);
  const base = `${formattedAmount} at ${describeRates(rates.legs, rates.year)}${basis === null ? "" : `, ${basis}`}`;
  return note === null ? base : `${base}; ${note}`;
}
