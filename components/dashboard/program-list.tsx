import type { ProgramSummaryDto } from "@/lib/data/programs";
import { FundingFigure } from "./funding-figure";

export function ProgramList({ programs }: { programs: ProgramSummaryDto[] }) {
  if (programs.length === 0) return <p className="mt-8">No published programs yet.</p>;
  return (
    <ul className="mt-8 grid gap-6" aria-label="Programs">
      {programs.map((program) => (
        <li key={program.slug} data-program={program.slug} className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
          <h2 className="text-lg font-semibold">{program.name}</h2>
          {program.nameFr && <p lang="fr" className="text-sm text-slate-500 dark:text-slate-400">{program.nameFr}</p>}
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            {program.country} · {program.kind.replace("_", "–")} · {program.status.replace("_", " ")} · announced {program.announcedOn}
          </p>
          <p className="mt-3 max-w-prose text-sm">{program.summary}</p>
          <h3 className="mt-4 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Headline money</h3>
          {program.headlineFunding.length === 0 ? (
            <p className="text-sm">No headline figure recorded.</p>
          ) : (
            program.headlineFunding.map((claim) => <FundingFigure key={claim.id} claim={claim} />)
          )}
        </li>
      ))}
    </ul>
  );
}
