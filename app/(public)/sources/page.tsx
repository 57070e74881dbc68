import type { Metadata } from "next";
import { PublicPage } from "@/components/dashboard/public-page";
import { SourceEntry } from "@/components/dashboard/source-entry";
import type { SearchParams } from "@/lib/dashboard/search-params";
import { loadSources } from "@/lib/data/sources";
import { parseAsOf } from "@/lib/dashboard/as-of";
import { prisma } from "@/lib/db";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const knownBy = parseAsOf((await searchParams).asOf);
  const sources = await loadSources(prisma(), knownBy);
  return (
    <PublicPage knownBy={knownBy} livePath="/sources">
      <h1 className="text-2xl font-bold">Sources</h1>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">
        {sources.length} sources back the published figures, milestones, partnerships and exchange rates, by publisher. Each says what it
        backs, with links to it.
      </p>
      <ul className="mt-6 grid gap-3" aria-label="Sources">
        {sources.map((source) => (
          <SourceEntry key={source.id} source={source} knownBy={knownBy} />
        ))}
      </ul>
    </PublicPage>
  );
}
