import Link from "next/link";
import type { ProgramDetailDto } from "@/lib/data/program-detail";
import { withAsOf } from "@/lib/dashboard/as-of";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { BackLink } from "./back-link";

export function ProgramHeader({ program, knownBy }: { program: ProgramDetailDto; knownBy: KnownBy }) {
  return (
    <header>
      <BackLink path="/programs" label="All programs" knownBy={knownBy} />
      <h1 className="mt-2 text-2xl font-bold">{program.name}</h1>
      {program.nameFr && (
        <p lang="fr" className="text-slate-600 dark:text-slate-300">
          {program.nameFr}
        </p>
      )}
      {program.aliases.length > 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-300">Also known as {program.aliases.join(", ")}</p>
      )}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
        <dt className="font-semibold">Country</dt>
        <dd>
          {program.country} ({program.region})
        </dd>
        <dt className="font-semibold">Kind</dt>
        <dd>{program.kind.replace("_", "–")}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          {program.status.replace("_", " ")}
          {program.statusAsOf && ` (as of ${program.statusAsOf})`}
          {program.statusCheckedOn && `; last checked ${program.statusCheckedOn}`}
        </dd>
        <dt className="font-semibold">Announced</dt>
        <dd>
          <time dateTime={program.announcedOn}>{program.announcedOn}</time>
        </dd>
        <dt className="font-semibold">Lead</dt>
        <dd>
          {program.lead ? (
            <Link prefetch={false} href={withAsOf(`/partners/${program.lead.slug}`, knownBy)} className="underline">
              {program.lead.name}
            </Link>
          ) : (
            (program.leadDescription ?? "—")
          )}
        </dd>
        {program.website && (
          <>
            <dt className="font-semibold">Website</dt>
            <dd>
              <a href={program.website} className="underline break-all" rel="noopener noreferrer">
                {program.website}
              </a>
            </dd>
          </>
        )}
      </dl>
      {program.statusDetail && <p className="mt-3 max-w-prose text-sm">{program.statusDetail}</p>}
      <p className="mt-4 max-w-prose">{program.summary}</p>
    </header>
  );
}
