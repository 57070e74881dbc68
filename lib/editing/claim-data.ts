// A claim form's values as the columns they are stored in: every field of the claim's schema object,
// so a field added there is written without a change here. The program and what the claim
// supersedes are not among them: a claim does not move between programs, and only a correction
// (supersede) links claims.
import type { z } from "zod";
import { capacityClaimObject, type CapacityClaimInput } from "@/lib/schemas/capacity-claim";
import { fundingClaimObject, type FundingClaimInput } from "@/lib/schemas/funding-claim";
import { optionalDayOf } from "./db-values";

/** The two claim tables, by their Prisma model name. */
export type ClaimModel = "fundingClaim" | "capacityClaim";

/** The entity type a claim table's rows carry in the audit log, conflicts and edit outcomes. */
export function claimEntityType(model: ClaimModel): "FundingClaim" | "CapacityClaim" {
  return model === "fundingClaim" ? "FundingClaim" : "CapacityClaim";
}

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

/**
 * The figure's three columns (value, low end, high end) as stored: a range keeps only its ends and
 * any other shape only its value, so no stale number lingers.
 */
export function storedFigure<T>(shape: string, value: T, low: T, high: T): [T | null, T | null, T | null] {
  return shape === "range" ? [null, low, high] : [value, null, null];
}

export function fundingColumns(claim: FundingClaimInput) {
  const [amount, amountLow, amountHigh] = storedFigure(claim.shape, claim.amount, claim.amountLow, claim.amountHigh);
  return {
    ...storedFields(fundingClaimObject, claim),
    ...claimDays(claim),
    amount,
    amountLow,
    amountHigh,
    periodStart: optionalDayOf(claim.periodStart),
    periodEnd: optionalDayOf(claim.periodEnd),
  };
}

export function capacityColumns(claim: CapacityClaimInput) {
  const [value, valueLow, valueHigh] = storedFigure(claim.shape, claim.value, claim.valueLow, claim.valueHigh);
  return { ...storedFields(capacityClaimObject, claim), ...claimDays(claim), value, valueLow, valueHigh };
}
