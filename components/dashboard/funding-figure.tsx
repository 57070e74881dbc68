import { SourceCitation } from "./source-citation";
import type { FundingFigureDto } from "@/lib/schemas/api/programs";

// A money figure never appears without its USD reading and its source.
export function FundingFigure({ claim }: { claim: FundingFigureDto }) {
  const { money } = claim;
  return (
    <figure className="mt-2" data-claim={claim.id}>
      <p>
        <span className="text-xl font-semibold" data-testid="original-amount">
          {money.text}
        </span>{" "}
        <span className="text-slate-600 dark:text-slate-300">{claim.label}</span>
      </p>
      <p className="text-sm" data-testid="usd-amount">
        {money.usd.ok ? (money.usd.sentence ?? "Stated in US dollars.") : `No USD conversion: ${money.usd.message}`}
      </p>
      <figcaption className="text-sm text-slate-600 dark:text-slate-300">
        {claim.kind.replace("_", " ")} · {claim.confidence}
        {claim.asOfLabel ? ` · as of ${claim.asOfLabel}` : ""} · <SourceCitation source={claim.source} />
      </figcaption>
    </figure>
  );
}
