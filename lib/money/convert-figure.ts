import type Decimal from "decimal.js";
import { conversionSentence } from "./conversion-sentence";
import { MoneyDecimal, toMoneyString } from "./decimal";
import { formatMoney } from "./format-money";
import { selectRates } from "./select-rates";
import type { Conversion, ConversionError, MoneyFigure, ReferenceRate, TargetCurrency } from "./types";
import { parseFigure } from "./validate-figure";

// The currencies whose USD rate a conversion needs. Everything goes through USD, and US dollars per
// US dollar is 1 by definition, so USD itself never needs a row.
function currenciesNeeded(from: string, target: TargetCurrency): string[] {
  const needed: string[] = [];
  if (from !== "USD") needed.push(from);
  if (target !== "USD" && target !== from) needed.push(target);
  return needed;
}

// Converts a sourced figure into USD or EUR with the reference rate of the claim's year (or the latest
// earlier year that has one), keeping its shape, and explains the rate used in one sentence.
export function convertFigure(
  figure: MoneyFigure,
  target: TargetCurrency,
  year: number,
  rates: readonly ReferenceRate[],
  // Why `year` was chosen, when a stated period chose it (see rateYearOf); said in the sentence.
  basis: string | null = null,
): Conversion | ConversionError {
  // Validate first, so a bad figure is reported even when no conversion is needed.
  const parsed = parseFigure(figure);
  if (!parsed.ok) return { ok: false, code: "INVALID_FIGURE", message: parsed.message };

  // Nothing to convert: a claim whose source gives no number, or one already in the target currency.
  if (figure.currency === target || figure.shape === "unstated") {
    return { ok: true, figure, rateYear: year, requestedYear: year, usedEarlierYear: false, sentence: null };
  }

  const selection = selectRates(currenciesNeeded(figure.currency, target), year, rates);
  if (!selection.ok) return { ok: false, code: "NO_RATE", message: selection.message };

  const usdPerUnit = (currency: string): Decimal | null =>
    currency === "USD" ? new MoneyDecimal(1) : (selection.legs.find((leg) => leg.currency === currency)?.usdPerUnit ?? null);
  const fromRate = usdPerUnit(figure.currency);
  const targetRate = usdPerUnit(target);
  if (fromRate === null || targetRate === null) {
    // Unreachable when selectRates succeeded; kept so a future change cannot fall back to 1.0.
    return { ok: false, code: "NO_RATE", message: `No reference rate for ${figure.currency} to ${target} in ${year}.` };
  }

  // amount × (USD per source unit) ÷ (USD per target unit), rounded once at the end.
  const convert = (value: Decimal | null): string | null =>
    value === null ? null : toMoneyString(value.times(fromRate).dividedBy(targetRate));
  const { shape, amount, low, high } = parsed.figure;
  const converted: MoneyFigure = { shape, currency: target, amount: convert(amount), low: convert(low), high: convert(high) };

  const sentence = conversionSentence(formatMoney(converted, { approximate: true }), selection, basis);
  return {
    ok: true,
    figure: converted,
    rateYear: selection.year,
    requestedYear: year,
    usedEarlierYear: selection.year < year,
    sentence,
  };
}
