// A reference exchange rate an admin adds: USD per unit of a currency, for one year, with the
// statistical source that published it. exchange_rate stores DECIMAL(20, 10) both ways round.
import Decimal from "decimal.js";
import { z } from "zod";
import { currencyCode, optionalText, uuid } from "./fields";

export const rateKinds = ["annual_average", "official_peg"] as const;

const ratePattern = /^\d{1,7}(\.\d{1,10})?$/;

// zod runs every check even after the pattern failed, so the bounds check only reads numbers.
const withinBounds = (v: string) =>
  !ratePattern.test(v) || (new Decimal(v).greaterThanOrEqualTo("0.000001") && new Decimal(v).lessThanOrEqualTo("1000000"));

const usdPerUnit = z
  .string()
  .trim()
  .regex(ratePattern, "Enter how many US dollars one unit buys, such as 1.0824.")
  // Bounds keep both directions inside the column: 1 / 0.000001 = 1,000,000 units per dollar.
  .refine(withinBounds, "Enter a rate between 0.000001 and 1,000,000.");

export const exchangeRateSchema = z
  .object({
    currency: currencyCode,
    year: z.preprocess(
      (v) => (typeof v === "string" && /^\s*\d{4}\s*$/.test(v) ? Number(v) : v),
      z.number({ message: "Enter a year such as 2025." }).int().min(1990, "From 1990 on.").max(2100, "At most 2100."),
    ),
    usdPerUnit,
    rateKind: z.enum(rateKinds).default("annual_average"),
    series: optionalText(200),
    note: optionalText(2000),
    sourceId: uuid,
  })
  .superRefine((rate, ctx) => {
    if (rate.currency === "USD")
      ctx.addIssue({ code: "custom", path: ["currency"], message: "USD is the reference currency: it needs no rate." });
  });

export type ExchangeRateInput = z.infer<typeof exchangeRateSchema>;

/** Units of the currency per US dollar, to the column's ten decimals. */
export function unitsPerUsdOf(usdPerUnitText: string): string {
  return new Decimal(1).dividedBy(usdPerUnitText).toDecimalPlaces(10, Decimal.ROUND_HALF_EVEN).toFixed(10);
}
