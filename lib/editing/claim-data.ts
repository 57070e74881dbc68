// A claim form's values as the columns they are stored in: every field of the claim's schema object,
// so a field added there is written without a change here. The program and what the claim
// supersedes are not among them: a claim does not move between programs, and only a correction
// (supersede) links claims.
import type { z } from "zod";
import { capacityClaimObject, type CapacityClaimInput } from "@/lib/schemas/capacity-claim";
import { fundingClaimObject, type FundingClaimInput } from "@/lib/schemas/funding-claim";
import { optionalDayOf } from "./db-values";

type Stored<T> = Omit<T, "programId" | "supersedesId" | "asOf" | "withdrawnOn">;

// The schema's own fields only: edit and correct inputs also carry the id, version and a typed source.
function storedFields<S extends z.ZodObject>(object: S, claim: z.output<S>): Stored<z.output<S>> {
  const names = Object.keys(object.shape).filter((name) => !["programId", "supersedesId", "asOf", "withdrawnOn"].includes(name));
  return Object.fromEntries(names.map((name) => [name, claim[name as keyof typeof claim]])) as Stored<z.output<S>>;
}

const claimDays = (claim: FundingClaimInput | CapacityClaimInput) => ({
  asOf: optionalDayOf(claim.asOf),
  withdrawnOn: optionalDayOf(claim.withdrawnOn),
});

// A range keeps only its ends and a single figure only its value, so no stale number lingers.
export function fundingColumns(claim: FundingClaimInput) {
  const range = claim.shape === "range";
  return {
    ...storedFields(fundingClaimObject, claim),
    ...claimDays(claim),
    amount: range ? null : claim.amount,
    amountLow: range ? claim.amountLow : null,
    amountHigh: range ? claim.amountHigh : null,
    periodStart: optionalDayOf(claim.periodStart),
    periodEnd: optionalDayOf(claim.periodEnd),
  };
}

export function capacityColumns(claim: CapacityClaimInput) {
  const range = claim.shape === "range";
  return {
    ...storedFields(capacityClaimObject, claim),
    ...claimDays(claim),
    value: range ? null : claim.value,
    valueLow: range ? claim.valueLow : null,
    valueHigh: range ? claim.valueHigh : null,
  };
}
