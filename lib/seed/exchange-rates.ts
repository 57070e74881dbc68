// ExchangeRate rows from fx_rates.json: published annual averages as they are, and for the pegged
// currencies with no published average (SAR, AED) the official peg, labelled as a policy choice.
import Decimal from "decimal.js";
import type { FxFile, FxRate } from "./input-schema";
import { idOf, keys } from "./keys";
import type { ExchangeRateRow } from "./row-types";
import { joinNotes } from "./seed-quotes";

// The column is DECIMAL(20,10); an inverted peg (1 / 3.6725) is rounded to fit.
const SCALE = 10;

function plain(value: number): string {
  return new Decimal(value).toFixed();
}

function averageRow(rate: FxRate, usdPerUnit: number, unitsPerUsd: number): ExchangeRateRow {
  if (!rate.source) throw new Error(`FX ${rate.currency} ${rate.year}: rate without a source`);
  return {
    id: idOf(keys.exchangeRate(rate.currency, rate.year)),
    currency: rate.currency,
    year: rate.year,
    usdPerUnit: plain(usdPerUnit),
    unitsPerUsd: plain(unitsPerUsd),
    rateKind: "annual_average",
    series: rate.series,
    note: joinNotes(rate.note, `Verification: ${rate.verification}.`),
    sourceId: idOf(keys.source(rate.source.id)),
  };
}

function pegRow(rate: FxRate): ExchangeRateRow {
  const peg = rate.alternates?.find((a) => a.pegUnitsPerUSD !== undefined);
  if (!peg?.pegUnitsPerUSD) throw new Error(`FX ${rate.currency} ${rate.year}: no average and no peg`);
  return {
    id: idOf(keys.exchangeRate(rate.currency, rate.year)),
    currency: rate.currency,
    year: rate.year,
    usdPerUnit: new Decimal(1).div(peg.pegUnitsPerUSD).toDecimalPlaces(SCALE).toFixed(),
    unitsPerUsd: plain(peg.pegUnitsPerUSD),
    rateKind: "official_peg",
    series: null,
    note: joinNotes(
      `Official peg of ${peg.pegUnitsPerUSD} ${rate.currency} per USD, not a statistical annual average: using it is a policy choice.`,
      rate.note,
    ),
    sourceId: idOf(keys.source(peg.source.id)),
  };
}

export function mapExchangeRates(fx: FxFile): ExchangeRateRow[] {
  return fx.rates.map((rate) =>
    rate.usdPerUnit !== null && rate.unitsPerUSD !== null ? averageRow(rate, rate.usdPerUnit, rate.unitsPerUSD) : pegRow(rate),
  );
}
