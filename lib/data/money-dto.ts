import { claimYear, convertFigure, formatMoney, type MoneyFigure, type ReferenceRate } from "@/lib/money";
import type { ConvertedMoney, MoneyDto } from "@/lib/schemas/api/common";

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

/** A claim's figure in its own currency and in USD at the reference rate of the claim's year. */
export function toMoneyDto(figure: MoneyFigure, asOf: string | null, sourceDate: string | null, rates: ReferenceRate[]): MoneyDto {
  const text = formatMoney(figure);
  // US dollars to US dollars needs no rate, so no date either; nor does a figure with no number.
  if (figure.currency === "USD" || figure.shape === "unstated")
    return { figure, text, usd: { ok: true, figure, text, sentence: null, rateYear: null } };
  const year = claimYear(asOf, sourceDate);
  if (year === null) return { figure, text, usd: { ok: false, message: "No date to pick an exchange rate for." } };
  const converted = convertFigure(figure, "USD", year, rates);
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
