import type { Metadata } from "next";
import Link from "next/link";
import { MapCountryList, MapLegend } from "@/components/charts/map-parts";
import { PublicPage } from "@/components/dashboard/public-page";
import { ShareToolbar } from "@/components/share/share-toolbar";
import { chartTitle, pagePath, parseMapRef } from "@/lib/charts/chart-ref";
import { countryHref } from "@/lib/charts/map-rows";
import { renderMapSvg } from "@/lib/charts/map-svg";
import { compareMetrics } from "@/lib/dashboard/compare-params";
import { knownByOf } from "@/lib/data/compare";
import { loadMap } from "@/lib/data/map";
import { prisma } from "@/lib/db";
import { oembedMetadata, shareContext } from "@/lib/embed/share-context";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const metricLabels = { money: "Money", compute: "Compute", power: "Power", accelerators: "Accelerators" } as const;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: "Map", ...(await oembedMetadata(pagePath(parseMapRef(await searchParams)), "Map of programs")) };
}

export default async function MapPage({ searchParams }: Props) {
  const query = await searchParams;
  const ref = parseMapRef(query);
  const knownBy = knownByOf(ref.params);
  const [data, share] = await Promise.all([loadMap(prisma(), ref.params, knownBy), shareContext()]);
  const chart = { ...ref, params: { ...data.params, view: "chart" as const, asOf: ref.params.asOf } };
  const title = chartTitle(chart, (slug) => data.programs.find((p) => p.slug === slug)?.name);
  const here = pagePath(chart);
  // Server-drawn SVG (React escaped every database text): no map code reaches the browser.
  const svg = renderMapSvg(data.map, { idPrefix: "map", title, hrefOf: (country) => countryHref(country, "", here) });
  return (
    <PublicPage knownBy={knownBy} askedAsOf={query.asOf} livePath={pagePath({ ...chart, params: { ...chart.params, asOf: null } })}>
      <h1 className="text-2xl font-bold">Map of programs</h1>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">
        Where the programs are, coloured by one figure each program states. A country links to its programs; nothing is added up.
      </p>
      <nav aria-label="Metric" className="mt-4 flex flex-wrap gap-2 text-sm">
        {compareMetrics.map((metric) => (
          <Link
            prefetch={false}
            key={metric}
            href={pagePath({ kind: "map", params: { ...ref.params, metric, programs: [] } })}
            aria-current={metric === data.params.metric ? "page" : undefined}
            className={
              "rounded border border-slate-300 px-3 py-1 aria-[current=page]:bg-slate-900 " +
              "aria-[current=page]:text-white dark:border-slate-600 dark:aria-[current=page]:bg-slate-100 " +
              "dark:aria-[current=page]:text-slate-900"
            }
          >
            {metricLabels[metric]}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="map-heading" className="mt-4 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
        <h2 id="map-heading" className="text-lg font-semibold">
          {title}
        </h2>
        <figure
          className="map mt-2 [&_svg]:block [&_svg]:h-auto [&_svg]:w-full"
          data-testid="map-figure"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <MapLegend model={data.map} />
        <ShareToolbar chart={chart} title={title} idPrefix="map" {...share} />
      </section>
      <h2 className="mt-6 text-lg font-semibold">Countries and their programs</h2>
      <MapCountryList model={data.map} />
    </PublicPage>
  );
}
