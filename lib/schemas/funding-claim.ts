import { z } from "zod";
import { claimFields } from "./claim-fields";
import { checkDateOrder, checkFigureShape, checkStatedConversion, checkWithdrawal } from "./figure-shape";
import { currencyCode, optionalDecimal, optionalIsoDate, optionalText, optionalUuid } from "./fields";
import { fundingKinds } from "@/lib/core/vocabulary";

// The fields a funding claim stores; the guided announcement form reads the same object (announcement-claims.ts).
export const fundingClaimObject = z.object({
  ...claimFields,
  amount: optionalDecimal,
  amountLow: optionalDecimal,
  amountHigh: optionalDecimal,
  currency: currencyCode,
  kind: z.enum(fundingKinds, { message: "Choose what kind of money this is." }),
  periodStart: optionalIsoDate,
  periodEnd: optionalIsoDate,
  periodText: optionalText(200),
  // A source's own conversion of this figure: amount, currency and the source that printed it.
  statedConversionAmount: optionalDecimal,
  statedConversionCurrency: z
    .preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), currencyCode.nullable())
    .default(null),
  statedConversionSourceId: optionalUuid,
});

export const fundingClaimSchema = fundingClaimObject.superRefine((claim, ctx) => {
  checkFigureShape(
    { shape: claim.shape, value: claim.amount, low: claim.amountLow, high: claim.amountHigh },
    { value: "amount", low: "amountLow", high: "amountHigh" },
    ctx,
  );
  checkDateOrder(claim.periodStart, claim.periodEnd, "periodEnd", ctx);
  checkStatedConversion(claim, ctx);
  checkWithdrawal(claim, ctx);
});

export type FundingClaimInput = z.infer<typeof fundingClaimSchema>;
