import Link from "next/link";
import type { ReactNode } from "react";
import { ShareToolbar } from "@/components/share/share-toolbar";
import { compareHref } from "@/lib/dashboard/compare-params";
import { loadBudgetChart, type CompareData } from "@/lib/data/compare";
import { chartTitle } from "@/lib/charts/chart-ref";
import type { ChartRef } from "@/lib/charts/chart-ref";
import type { ShareContext } from "@/lib/embed/share-context";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { prisma } from "@/lib/db";
import { ChartFootnotes } from "./chart-footnotes";
import { ChartLegend } from "./chart-legend";
import { ChartPanelFigure } from "./chart-panel";

/** Draws a loaded budget comparison (each program's headline money in US dollars). */
export function BudgetChartView({ data, share }: { data: CompareData; share?: ReactNode }) {
  const panel = data.chart.panels[0];
  return (
    <section aria-labelledby="budget-heading" className="mt-10" data-testid="budget-chart">
      <h2 id="budget-heading" className="text-xl font-semibold">
        Budget comparison
      </h2>
      <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-300">
        Each program’s headline money, converted to US dollars at the reference rate of its year. Ranges stay ranges, “up to” and “more
        than” are marked, and nothing is added up.
      </p>
      {panel ? (
        <>
          <ChartLegend chart={data.chart} />
          <ChartPanelFigure panel={panel} idPrefix="budget" />
          {share}
          <ChartFootnotes rows={data.chart.rows} headingId="budget-footnotes" headingLevel={3} />
        </>
      ) : (
        <p className="mt-3">No headline money recorded yet.</p>
      )}
      <p className="mt-3 text-sm">
        <Link prefetch={false} href={compareHref(data.params)} className="underline">
          Compare programs in detail
        </Link>
      </p>
    </section>
  );
}

/** The overview's budget chart: loads and draws what was known by `knownBy` (null: today). */
export async function BudgetChart({ knownBy, share }: { knownBy: KnownBy; share: ShareContext }) {
  const data = await loadBudgetChart(prisma(), knownBy);
  // The overview's chart is /compare's default view: it shares as that chart.
  const chart: ChartRef = { kind: "compare", params: { ...data.params, view: "chart" } };
  const names = new Map(data.programs.map((p) => [p.slug, p.name]));
  const title = chartTitle(chart, (slug) => names.get(slug));
  return <BudgetChartView data={data} share={<ShareToolbar chart={chart} title={title} idPrefix="budget" {...share} />} />;
}
