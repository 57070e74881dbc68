import { withAsOf } from "@/lib/dashboard/as-of";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { FundingFigure } from "./funding-figure";
import { StaticMarkup } from "./static-markup";
import type { ProgramSummaryDto } from "@/lib/schemas/api/programs";

// Nothing in it is interactive: static markup, plain links.
// headingLevel: 2 when the list is the page's main content, 3 under a "Programs" section heading.
type Props = { programs: ProgramSummaryDto[]; headingLevel?: 2 | 3; knownBy?: KnownBy };

export function ProgramList({ programs, headingLevel = 2, knownBy = null }: Props) {
  const Name = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  if (programs.length === 0) return <p className="mt-8">No published programs yet.</p>;
  return (
    <StaticMarkup>
      <ul className="mt-8 grid gap-6" aria-label="Programs">
        {programs.map((program) => (
          <li key={program.slug} data-program={program.slug} className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
            <Name className="text-lg font-semibold">
              <a href={withAsOf(`/programs/${program.slug}`, knownBy)} className="underline">
                {program.name}
              </a>
            </Name>
            {program.nameFr && (
              <p lang="fr" className="text-sm text-slate-500 dark:text-slate-400">
                {program.nameFr}
              </p>
            )}
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
              {program.country} · {program.kind.replace("_", "–")} · {program.status.replace("_", " ")} · announced {program.announcedOn}
            </p>
            <p className="mt-3 max-w-prose text-sm">{program.summary}</p>
            <Sub className="mt-4 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Headline money</Sub>
            {program.headlineFunding.length === 0 ? (
              <p className="text-sm">No headline figure recorded.</p>
            ) : (
              program.headlineFunding.map((claim) => <FundingFigure key={claim.id} claim={claim} />)
            )}
          </li>
        ))}
      </ul>
    </StaticMarkup>
  );
}
