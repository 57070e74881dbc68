// A reference exchange rate an admin adds: USD per unit of a currency, for one year, with the
// statistical source that published it, typed in either direction. exchange_rate stores
// DECIMAL(20, 10) both ways round; usdPerUnit is the one conversions read.
import Decimal from "decimal.js";
import { z } from "zod";
import { checkbox, currencyCode, optionalText, uuid } from "./fields";

export const rateKinds = ["annual_average", "official_peg"] as const;

// The direction the editor typed the rate in: central banks publish most currencies as units per
// US dollar (1,392.96 won), the ECB the euro as dollars per unit (1.0824). Stored one way: usdPerUnit.
export const rateDirections = ["usd_per_unit", "units_per_usd"] as const;
export type RateDirection = (typeof rateDirections)[number];

const ratePattern = /^\d{1,7}(\.\d{1,10})?$/;
// "1,392.96" as central banks print it: the commas only group thousands.
const withoutGrouping = (v: unknown) => (typeof v === "string" && /^\s*\d{1,3}(,\d{3})+(\.\d+)?\s*$/.test(v) ? v.replace(/,/g, "") : v);

// zod runs every check even after the pattern failed, so the bounds check only reads numbers.
const withinBounds = (v: string) =>
  !ratePattern.test(v) || (new Decimal(v).greaterThanOrEqualTo("0.000001") && new Decimal(v).lessThanOrEqualTo("1000000"));

const rate = z.preprocess(
  withoutGrouping,
  z
    .string({ message: "Enter the rate, such as 1.0824 or 1,392.96." })
    .trim()
    .regex(ratePattern, "Enter the rate, such as 1.0824 or 1,392.96.")
    // Bounds keep both directions inside the column: 1 / 0.000001 = 1,000,000 units per dollar.
    .refine(withinBounds, "Enter a rate between 0.000001 and 1,000,000."),
);

/**
 * Both columns from a rate typed in either direction: the typed one as published, the other its
 * reciprocal to the column's ten decimals (so "9.3545" kronor per dollar stays 9.3545 on the page).
 */
export function bothDirections(rateText: string, direction: RateDirection): { usdPerUnit: string; unitsPerUsd: string } {
  const typed = new Decimal(rateText).toFixed();
  const reciprocal = unitsPerUsdOf(rateText);
  return direction === "usd_per_unit" ? { usdPerUnit: typed, unitsPerUsd: reciprocal } : { usdPerUnit: reciprocal, unitsPerUsd: typed };
}

// The API and scripts send usdPerUnit; the form sends the rate and its direction.
const legacyRate = (v: unknown) =>
  typeof v === "object" && v !== null && !("rate" in v) && "usdPerUnit" in v
    ? { ...v, rate: (v as { usdPerUnit: unknown }).usdPerUnit, direction: "usd_per_unit" }
    : v;

export const exchangeRateSchema = z
  .preprocess(
    legacyRate,
    z.object({
      currency: currencyCode,
      year: z.preprocess(
        (v) => (typeof v === "string" && /^\s*\d{4}\s*$/.test(v) ? Number(v) : v),
        z.number({ message: "Enter a year such as 2025." }).int().min(1990, "From 1990 on.").max(2100, "At most 2100."),
      ),
      rate,
      direction: z.enum(rateDirections, { message: "Say which way the rate is written." }).default("usd_per_unit"),
      rateKind: z.enum(rateKinds).default("annual_average"),
      series: optionalText(200),
      note: optionalText(2000),
      sourceId: uuid,
      // Ticked by the editor after the form warned that the rate is far from last year's.
      confirmUnusual: checkbox.default(false),
    }),
  )
  .superRefine((rate, ctx) => {
    if (rate.currency === "USD")
      ctx.addIssue({ code: "custom", path: ["currency"], message: "USD is the reference currency: it needs no rate." });
  })
  .transform(({ rate: typed, direction, ...fields }) => ({ ...fields, ...bothDirections(typed, direction) }));

export type ExchangeRateInput = z.output<typeof exchangeRateSchema>;

/** One over a rate, to the column's ten decimals (units per US dollar from US dollars per unit, or back). */
export function unitsPerUsdOf(usdPerUnitText: string): string {
  return new Decimal(1).dividedBy(usdPerUnitText).toDecimalPlaces(10, Decimal.ROUND_HALF_EVEN).toFixed(10);
}
