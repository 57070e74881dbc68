import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CompareControls } from "@/components/charts/compare-controls";
import { CompareResults, CompareSharing } from "@/components/charts/compare-results";
import { ShareToolbar } from "@/components/share/share-toolbar";
import { PublicPage } from "@/components/dashboard/public-page";
import { compareHref, parseCompareParams, receivedQuery, serializeCompareParams } from "@/lib/dashboard/compare-params";
import { knownByOf, loadCompare, shownPrograms } from "@/lib/data/compare";
import { findText, listedPrograms, searchProgramNames, withFind } from "@/lib/data/program-names";
import { prisma } from "@/lib/db";
import { chartTitle, pagePath, parseCompareRef, type ChartRef } from "@/lib/charts/chart-ref";
import { oembedMetadata, shareContext } from "@/lib/embed/share-context";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: "Compare programs", ...(await oembedMetadata(pagePath(parseCompareRef(await searchParams)), "Compare programs")) };
}

export default async function ComparePage({ searchParams }: Props) {
  // `find`: the picker's search without JavaScript, which is not part of the view (not in its address).
  const { find: _find, ...query } = await searchParams;
  const find = findText({ find: _find });
  const requested = parseCompareParams(query);
  const knownBy = knownByOf(requested);
  const [data, share, found] = await Promise.all([
    loadCompare(prisma(), requested, knownBy),
    shareContext(),
    searchProgramNames(prisma(), find, knownBy),
  ]);
  // One view, one address: what a GET form submits (defaults included) becomes the permalink.
  if (serializeCompareParams(data.params) !== receivedQuery(query)) redirect(withFind(compareHref(data.params), find));
  // One embed for the whole view (every panel), whichever of chart or table is shown.
  const chart: ChartRef = { kind: "compare", params: { ...data.params, view: "chart" } };
  const names = new Map(data.programs.map((p) => [p.slug, p.name]));
  const shown = shownPrograms(data);
  return (
    <PublicPage knownBy={knownBy} livePath={compareHref({ ...data.params, asOf: null })}>
      <h1 className="text-2xl font-bold">Compare programs</h1>
      <p className="mt-1 max-w-prose text-slate-600 dark:text-slate-300">
        Money, compute, power and chips side by side: each mark is one claim from a named source, and nothing is added up.
      </p>
      {/* Chart first: the chart with its own switches, then the options (beside it on wide screens, after
          it on phones), then sharing and sources. The DOM follows the same order, so the keyboard does too. */}
      <div className="mt-4 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_16rem] lg:grid-rows-[auto_1fr]">
        <CompareResults data={data} />
        {/* Keyed by the view: the chart's own switches change it from outside the form, whose controls
            then show the new view's values (a select keeps its first value otherwise). */}
        <CompareControls
          key={serializeCompareParams(data.params)}
          className="lg:row-span-2 lg:self-start"
          params={data.params}
          programs={listedPrograms(
            data.programs,
            shown,
            data.byDefault,
            found.names.map((p) => p.slug),
          )}
          total={data.programs.length}
          shown={shown}
          find={find ? { text: find, matches: found.more ? Infinity : found.names.length } : undefined}
        />
        <CompareSharing
          data={data}
          share={<ShareToolbar chart={chart} title={chartTitle(chart, (slug) => names.get(slug))} idPrefix="compare" {...share} />}
        />
      </div>
    </PublicPage>
  );
}
