import { z } from "zod";
import { claimFields } from "./claim-fields";
import { checkDateOrder, checkFigureShape } from "./figure-shape";
import { currencyCode, optionalDecimal, optionalIsoDate, optionalText } from "./fields";
import { fundingKinds } from "@/lib/core/vocabulary";

export const fundingClaimSchema = z
  .object({
    ...claimFields,
    amount: optionalDecimal,
    amountLow: optionalDecimal,
    amountHigh: optionalDecimal,
    currency: currencyCode,
    kind: z.enum(fundingKinds, { message: "Choose what kind of money this is." }),
    periodStart: optionalIsoDate,
    periodEnd: optionalIsoDate,
    periodText: optionalText(200),
  })
  .superRefine((claim, ctx) => {
    checkFigureShape({ shape: claim.shape, value: claim.amount, low: claim.amountLow, high: claim.amountHigh }, { value: "amount", low: "amountLow", high: "amountHigh" }, ctx);
    checkDateOrder(claim.periodStart, claim.periodEnd, "periodEnd", ctx);
  });

export type FundingClaimInput = z.infer<typeof fundingClaimSchema>;
