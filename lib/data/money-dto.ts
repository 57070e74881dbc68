import { convertFigure, formatMoney, rateYearOf, type ClaimPeriod, type MoneyFigure, type ReferenceRate } from "@/lib/money";
import type { ConvertedMoney, MoneyDto } from "@/lib/schemas/api/common";
import { isoDate } from "./source-dto";

type ClaimAmounts = {
  shape: MoneyFigure["shape"];
  amount: { toString(): string } | null;
  amountLow: { toString(): string } | null;
  amountHigh: { toString(): string } | null;
  currency: string;
};

export function toFigure(claim: ClaimAmounts): MoneyFigure {
  return {
    shape: claim.shape,
    amount: claim.amount?.toString() ?? null,
    low: claim.amountLow?.toString() ?? null,
    high: claim.amountHigh?.toString() ?? null,
    currency: claim.currency,
  };
}

// The columns a funding claim's conversion reads: its figure and the period it is stated for.
export const moneyColumns = {
  amount: true,
  amountLow: true,
  amountHigh: true,
  currency: true,
  periodStart: true,
  periodEnd: true,
  periodText: true,
} as const;

type PeriodColumns = { periodStart: Date | null; periodEnd: Date | null; periodText: string | null };

/** The period a funding claim's money is stated for, as rateYearOf reads it. */
export function periodOf(row: PeriodColumns): ClaimPeriod {
  return { start: isoDate(row.periodStart), end: isoDate(row.periodEnd), text: row.periodText };
}

/** A claim's figure in its own currency and in USD at the reference rate of the year it is stated for. */
export function toMoneyDto(
  figure: MoneyFigure,
  asOf: string | null,
  sourceDate: string | null,
  rates: ReferenceRate[],
  period: ClaimPeriod | null = null,
): MoneyDto {
  const text = formatMoney(figure);
  // US dollars to US dollars needs no rate, so no date either; nor does a figure with no number.
  if (figure.currency === "USD" || figure.shape === "unstated")
    return { figure, text, usd: { ok: true, figure, text, sentence: null, rateYear: null } };
  const rateYear = rateYearOf(asOf, sourceDate, period);
  if (rateYear === null) return { figure, text, usd: { ok: false, message: "No date to pick an exchange rate for." } };
  const converted = convertFigure(figure, "USD", rateYear.year, rates, rateYear.basis);
  const usd: ConvertedMoney = converted.ok
    ? {
        ok: true,
        figure: converted.figure,
        text: formatMoney(converted.figure),
        sentence: converted.sentence,
        rateYear: converted.rateYear,
      }
    : { ok: false, message: converted.message };
  return { figure, text, usd };
}
