import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/dashboard/pager";
import { PublicPage } from "@/components/dashboard/public-page";
import { SourceEntry } from "@/components/dashboard/source-entry";
import { asOfDay, parseAsOf, withAsOf } from "@/lib/dashboard/as-of";
import type { SearchParams } from "@/lib/dashboard/search-params";
import { parseSourcesQuery, sourcesPath } from "@/lib/dashboard/sources-params";
import { countSources, loadSources, SOURCES_PER_PAGE } from "@/lib/data/sources";
import { prisma } from "@/lib/db";

export const metadata: Metadata = { title: "Sources" };

// Without a program, each source lists this many of its programs and of each kind of record it backs.
const SHOWN = 5;

// ?program=<slug>: the sources one program's records cite (its page links here instead of listing them).
export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const knownBy = parseAsOf(params.asOf);
  const query = parseSourcesQuery(params);
  const { program } = query;
  const [sources, total] = await Promise.all([loadSources(prisma(), knownBy, query), countSources(prisma(), knownBy, { program })]);
  const named = sources.flatMap((source) => source.programs).find((p) => p.slug === program);
  const pages = Math.max(1, Math.ceil(total / SOURCES_PER_PAGE));
  return (
    <PublicPage knownBy={knownBy} askedAsOf={params.asOf} livePath={sourcesPath(query, null)}>
      <h1 className="text-2xl font-bold">{named ? `Sources of ${named.name}` : "Sources"}</h1>
      {program === undefined ? (
        <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">
          {total} sources back the published figures, milestones, partnerships and exchange rates, by publisher. Each says what it backs,
          with links to the first {SHOWN} records of each kind; each program&apos;s page links to its sources with all of its records.
        </p>
      ) : (
        <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">
          {total} sources back this program&apos;s figures, milestones, partnerships and announcements, by publisher. Each says what it
          backs, with links to it.{" "}
          {named && (
            <Link prefetch={false} href={withAsOf(`/programs/${named.slug}`, knownBy)} className="underline">
              Back to {named.name}
            </Link>
          )}{" "}
          <Link prefetch={false} href={withAsOf("/sources", knownBy)} className="underline">
            Every source
          </Link>
        </p>
      )}
      <ul className="mt-6 grid gap-3" aria-label="Sources">
        {sources.map((source) => (
          <SourceEntry key={source.id} source={source} knownBy={knownBy} shown={program === undefined ? SHOWN : Infinity} />
        ))}
      </ul>
      <Pager label="Pages of sources" page={query.page} pages={pages} href={(page) => sourcesPath({ ...query, page }, asOfDay(knownBy))} />
    </PublicPage>
  );
}
