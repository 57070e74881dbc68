// Which visible claims may be drawn, totalled or compared as a program's current figure. The rest
// stay on record and in the claim lists, marked, but never become a bar or part of a total:
// - related context (AWS's build-out beside Genesis, France's summit-wide €109 bn);
// - incorrect claims (a currency error), which are never converted either;
// - claims whose source states no number;
// - claims withdrawn by the viewed day (the dropped Abilene expansion; before its withdrawal a
//   past view still draws it, as it stood then);
// - for money, any claim of a program that is a proposal (ATOM): a proposal's money is never funding.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { KnownBy } from "@/lib/dashboard/as-of";

const notWithdrawn = (knownBy: KnownBy) =>
  knownBy ? { OR: [{ withdrawnOn: null }, { withdrawnOn: { gt: knownBy } }] } : { withdrawnOn: null };

export function drawableFundingClaim(knownBy: KnownBy): Prisma.FundingClaimWhereInput {
  return {
    claimScope: "own",
    confidence: { not: "incorrect" },
    shape: { not: "unstated" },
    program: { kind: { not: "proposal" } },
    ...notWithdrawn(knownBy),
  };
}

export function drawableCapacityClaim(knownBy: KnownBy): Prisma.CapacityClaimWhereInput {
  return { claimScope: "own", confidence: { not: "incorrect" }, shape: { not: "unstated" }, ...notWithdrawn(knownBy) };
}
