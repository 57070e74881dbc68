// Money claims → rows. USD and EUR modes convert with lib/money at the reference rate of the claim's
// year and keep the conversion sentence; a figure that cannot be converted is kept in the table
// with the reason and left off the axis, never converted at a made-up rate. "Original currency"
// mode converts nothing and puts each currency on its own panel.
import { convertFigure, formatMoney, rateYearOf, type MoneyFigure, type ReferenceRate, type TargetCurrency } from "@/lib/money";
import type { CompareCurrency } from "@/lib/dashboard/compare-params";
import type { ChartRow, CompareFundingClaim } from "./compare-types";

type RowValue = Pick<ChartRow, "panel" | "value" | "text" | "conversion" | "notDrawn">;

function figureOf(claim: CompareFundingClaim): MoneyFigure {
  return { shape: claim.shape, amount: claim.amount, low: claim.low, high: claim.high, currency: claim.currency };
}

/** The figure's extent as numbers: low–high for a range, the amount twice otherwise. */
export function figureExtent(
  shape: MoneyFigure["shape"],
  amount: string | null,
  low: string | null,
  high: string | null,
): { low: number; high: number } | null {
  const numbers = shape === "range" ? [low, high] : [amount, amount];
  const [a, b] = numbers.map((v) => (v === null ? NaN : Number(v)));
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || a < 0 || b < a) return null;
  return { low: a, high: b };
}

function valueIn(figure: MoneyFigure): RowValue {
  const value = figureExtent(figure.shape, figure.amount, figure.low, figure.high);
  const text = formatMoney(figure);
  return value === null
    ? { panel: figure.currency, value, text, conversion: null, notDrawn: "The figure cannot be read." }
    : { panel: figure.currency, value, text, conversion: null, notDrawn: null };
}

function converted(claim: CompareFundingClaim, target: TargetCurrency, rates: readonly ReferenceRate[]): RowValue {
  const figure = figureOf(claim);
  const noRate = (why: string): RowValue => ({
    panel: target,
    value: null,
    text: "no reference rate",
    conversion: null,
    notDrawn: `No reference rate: ${why}`,
  });
  // A figure already in the target currency needs no rate, so no date either.
  if (claim.currency === target) return valueIn(figure);
  const year = rateYearOf(claim.asOf, claim.source.publishedOn, claim.period ?? null);
  if (year === null) return noRate("the claim and its source have no date to choose a rate by.");
  const result = convertFigure(figure, target, year.year, rates, year.basis);
  if (!result.ok)
    return result.code === "NO_RATE"
      ? noRate(result.message)
      : { ...noRate(result.message), text: "unreadable figure", notDrawn: result.message };
  const row = valueIn(result.figure);
  if (result.sentence === null) return row;
  return { ...row, text: formatMoney(result.figure, { approximate: true }), conversion: result.sentence };
}

export function moneyRowValue(
  claim: CompareFundingClaim,
  currency: CompareCurrency,
  rates: readonly ReferenceRate[],
): RowValue & { original: string } {
  const original = formatMoney(figureOf(claim));
  if (currency === "original") return { ...valueIn(figureOf(claim)), original };
  return { ...converted(claim, currency === "eur" ? "EUR" : "USD", rates), original };
}
