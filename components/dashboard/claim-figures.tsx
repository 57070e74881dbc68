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
      {claim.statedConversion && (
        <p className="text-sm" data-testid="stated-conversion">
          The source {claim.statedConversion.source.publisher} gives its own conversion: {claim.statedConversion.text}. It differs from ours
          because each uses a different exchange rate (ours is the stated reference rate of the claim’s year).
        </p>
      )}
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
