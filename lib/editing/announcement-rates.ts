// Money is only published with a stated conversion: a currency absent from the rates table is
// refused outright, and a figure whose year has no usable reference rate may wait as a draft but
// is not published (never a silent conversion).
import type { FieldErrors } from "@/lib/core/types";
import { convertFigure, rateYearOf, type ClaimPeriod, type MoneyFigure, type ReferenceRate } from "@/lib/money";

export type RatedClaim = { figure: MoneyFigure; asOf: string | null; period?: ClaimPeriod };

export function rateProblems(
  claims: readonly RatedClaim[],
  sourceDate: string | null,
  rates: readonly ReferenceRate[],
  intent: "draft" | "publish",
  prefix = "fundingClaims",
): FieldErrors {
  const known = new Set(["USD", ...rates.map((rate) => rate.currency)]);
  const errors: FieldErrors = {};
  claims.forEach(({ figure, asOf, period }, index) => {
    const field = `${prefix}.${index}.currency`;
    if (!known.has(figure.currency)) {
      errors[field] = [`There is no reference rate for ${figure.currency}: check the code, or ask an admin to add its rates.`];
      return;
    }
    // US dollars need no conversion, so no rate and no year.
    if (intent === "draft" || figure.currency === "USD") return;
    const year = rateYearOf(asOf, sourceDate, period)?.year ?? null;
    if (year === null) {
      errors[`${prefix}.${index}.asOf`] = ["Give an as-of date so the figure can be converted at that year's rate."];
      return;
    }
    const converted = convertFigure(figure, "USD", year, rates);
    if (!converted.ok) {
      errors[field] = [`${converted.message} An admin can add the rate; until then, save the announcement as a draft.`];
    }
  });
  return errors;
}
