import { z } from "zod";
import { checkDateOrder, checkFigureShape } from "./figure-shape";
import { currencyCode, optionalDecimal, optionalIsoDate, optionalText, optionalUuid, requiredText, uuid } from "./fields";
import { confidences, datePrecisions, fundingKinds, valueShapes } from "./vocabulary";

export const fundingClaimSchema = z
  .object({
    programId: uuid,
    sourceId: uuid,
    announcementId: optionalUuid,
    label: requiredText(300),
    shape: z.enum(valueShapes, { message: "Choose how the amount was stated." }),
    amount: optionalDecimal,
    amountLow: optionalDecimal,
    amountHigh: optionalDecimal,
    currency: currencyCode,
    kind: z.enum(fundingKinds, { message: "Choose what kind of money this is." }),
    asOf: optionalIsoDate,
    asOfPrecision: z.enum(datePrecisions).default("day"),
    periodStart: optionalIsoDate,
    periodEnd: optionalIsoDate,
    periodText: optionalText(200),
    scope: optionalText(300),
    quote: optionalText(5000),
    confidence: z.enum(confidences, { message: "Choose how sure this figure is." }),
    confidenceNote: optionalText(500),
    notes: optionalText(5000),
    isHeadline: z.boolean().default(false),
    parentId: optionalUuid,
    supersedesId: optionalUuid,
  })
  .superRefine((claim, ctx) => {
    checkFigureShape({ shape: claim.shape, value: claim.amount, low: claim.amountLow, high: claim.amountHigh }, { value: "amount", low: "amountLow", high: "amountHigh" }, ctx);
    checkDateOrder(claim.periodStart, claim.periodEnd, "periodEnd", ctx);
  });

export type FundingClaimInput = z.infer<typeof fundingClaimSchema>;
