import type { CapacityClaimDto, FundingClaimDto } from "@/lib/data/claim-dto";

/** A money claim in its own currency, with its US-dollar reading at the stated reference rate. */
export function MoneyFigureText({ claim }: { claim: FundingClaimDto }) {
  const { money } = claim;
  return (
    <>
      <p className="text-xl font-semibold" data-testid="original-amount">
        {money.text}
      </p>
      <p className="text-sm" data-testid="usd-amount">
        {money.usd.ok ? (money.usd.sentence ?? "Stated in US dollars.") : `No USD conversion: ${money.usd.message}`}
      </p>
      {claim.periodText && <p className="text-sm text-slate-600 dark:text-slate-300">Period: {claim.periodText}</p>}
    </>
  );
}

export function CapacityFigureText({ claim }: { claim: CapacityClaimDto }) {
  return (
    <>
      <p className="text-xl font-semibold" data-testid="capacity-value">
        {claim.text}
        {claim.precisionLabel && <span className="ml-1 text-base font-normal">({claim.precisionLabel})</span>}
      </p>
      {claim.unitDetail && <p className="text-sm text-slate-600 dark:text-slate-300">{claim.unitDetail}</p>}
    </>
  );
}
