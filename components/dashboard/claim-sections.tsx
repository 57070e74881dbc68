import type { ReactNode } from "react";
import type { CapacityGroup } from "@/lib/data/program-detail";
import { StaticMarkup } from "./static-markup";
import type { ClaimNode } from "@/lib/data/claim-tree";
import { ClaimCard, claimLabels } from "./claim-card";
import { CapacityFigureText, MoneyFigureText } from "./claim-figures";
import type { FundingClaimDto } from "@/lib/data/claim-dto";

const metricNames: Record<string, string> = {
  compute: "Compute",
  power: "Power",
  accelerators: "Accelerators",
  sites: "Sites",
  facilities: "Facilities",
  researchers: "Researchers",
  jobs: "Jobs",
  models: "Models",
  other: "Other",
};

/** A program page's section of claims: its heading, what it lists, then the claims (drawn once, as static markup). */
function ClaimsSection({ headingId, title, intro, children }: { headingId: string; title: string; intro: string; children: ReactNode }) {
  return (
    <StaticMarkup as="section" aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-xl font-bold">
        {title}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-300">{intro}</p>
      {children}
    </StaticMarkup>
  );
}

/** `numbers`: the money chart's footnote number of each claim it draws (claim-card.tsx). */
export function FundingSection({ claims: all, numbers }: { claims: ClaimNode<FundingClaimDto>[]; numbers?: ReadonlyMap<string, number> }) {
  const labels = claimLabels(all);
  // Related context (money beside the program, not its own) sits in its own labelled section.
  const claims = all.filter((node) => node.claim.claimScope === "own");
  const related = all.filter((node) => node.claim.claimScope === "related");
  return (
    <ClaimsSection
      headingId="funding-claims-heading"
      title="Funding claims"
      intro={
        "Every figure recorded for this program, the headline first. Superseded figures stay visible and say what replaced them; " +
        "“of which” parts are shown under their parent and are never added to it."
      }
    >
      {claims.length === 0 ? (
        <p className="mt-4">No funding figure recorded.</p>
      ) : (
        <div className="mt-4 grid gap-4 md:grid-cols-2" data-testid="funding-claims">
          {claims.map((node) => (
            <ClaimCard
              key={node.claim.id}
              node={node}
              labels={labels}
              figure={(c) => <MoneyFigureText claim={c} />}
              level={3}
              numbers={numbers}
            />
          ))}
        </div>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related-funding-heading" className="mt-8" data-testid="related-funding">
          <h3 id="related-funding-heading" className="text-lg font-bold">
            Related money, not this program’s own
          </h3>
          <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-300">
            Context announced beside the program. It is never drawn in its charts, added to its totals or compared as its figure.
          </p>
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            {related.map((node) => (
              <ClaimCard key={node.claim.id} node={node} labels={labels} figure={(c) => <MoneyFigureText claim={c} />} level={4} />
            ))}
          </div>
        </section>
      )}
    </ClaimsSection>
  );
}

export function CapacitySection({ groups }: { groups: CapacityGroup[] }) {
  const labels = claimLabels(groups.flatMap((g) => g.claims));
  return (
    <ClaimsSection
      headingId="capacity"
      title="Capacity claims"
      intro={
        "Compute, power, chips and other capacity, by measure. Compute figures name their precision: AI (low-precision) and FP64 " +
        "exaFLOPS are not comparable."
      }
    >
      {groups.length === 0 && <p className="mt-4">No capacity figure recorded.</p>}
      {groups.map((group) => (
        <section key={group.metric} aria-labelledby={`capacity-${group.metric}`} className="mt-6">
          <h3 id={`capacity-${group.metric}`} className="text-lg font-semibold">
            {metricNames[group.metric] ?? group.metric}
          </h3>
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            {group.claims.map((node) => (
              <ClaimCard key={node.claim.id} node={node} labels={labels} figure={(c) => <CapacityFigureText claim={c} />} level={4} />
            ))}
          </div>
        </section>
      ))}
    </ClaimsSection>
  );
}
