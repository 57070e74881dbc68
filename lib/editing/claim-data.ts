// A claim form's values as the columns they are stored in. The program and what the claim
// supersedes are not among them: a claim does not move between programs, and only a correction
// (supersede) links claims.
import type { CapacityClaimInput } from "@/lib/schemas/capacity-claim";
import type { FundingClaimInput } from "@/lib/schemas/funding-claim";
import { optionalDayOf } from "./db-values";

function sharedColumns(claim: FundingClaimInput | CapacityClaimInput) {
  return {
    label: claim.label,
    shape: claim.shape,
    asOf: optionalDayOf(claim.asOf),
    asOfPrecision: claim.asOfPrecision,
    scope: claim.scope,
    quote: claim.quote,
    confidence: claim.confidence,
    confidenceNote: claim.confidenceNote,
    notes: claim.notes,
    editorNote: claim.editorNote,
    claimScope: claim.claimScope,
    withdrawnOn: optionalDayOf(claim.withdrawnOn),
    withdrawnNote: claim.withdrawnNote,
    isHeadline: claim.isHeadline,
    parentId: claim.parentId,
    sourceId: claim.sourceId,
    announcementId: claim.announcementId,
  };
}

// A range keeps only its ends and a single figure only its value, so no stale number lingers.
export function fundingColumns(claim: FundingClaimInput) {
  const range = claim.shape === "range";
  return {
    ...sharedColumns(claim),
    amount: range ? null : claim.amount,
    amountLow: range ? claim.amountLow : null,
    amountHigh: range ? claim.amountHigh : null,
    currency: claim.currency,
    kind: claim.kind,
    periodStart: optionalDayOf(claim.periodStart),
    periodEnd: optionalDayOf(claim.periodEnd),
    periodText: claim.periodText,
    statedConversionAmount: claim.statedConversionAmount,
    statedConversionCurrency: claim.statedConversionCurrency,
    statedConversionSourceId: claim.statedConversionSourceId,
  };
}

export function capacityColumns(claim: CapacityClaimInput) {
  const range = claim.shape === "range";
  return {
    ...sharedColumns(claim),
    metric: claim.metric,
    unit: claim.unit,
    unitDetail: claim.unitDetail,
    precision: claim.precision,
    value: range ? null : claim.value,
    valueLow: range ? claim.valueLow : null,
    valueHigh: range ? claim.valueHigh : null,
    kind: claim.kind,
  };
}
