import { z } from "zod";
import { claimFields } from "./claim-fields";
import { checkDateOrder, checkFigureShape } from "./figure-shape";
import { currencyCode, optionalDecimalWithin, optionalIsoDate, optionalText } from "./fields";
import { fundingKinds } from "./vocabulary";

// funding_claim amounts are DECIMAL(24, 2).
const optionalAmount = optionalDecimalWithin(22, 2);

export const fundingClaimSchema = z
  .object({
    ...claimFields,
    amount: optionalAmount,
    amountLow: optionalAmount,
    amountHigh: optionalAmount,
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
