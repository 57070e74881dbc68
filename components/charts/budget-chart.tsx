import Link from "next/link";
import { compareHref } from "@/lib/charts/compare-params";
import { loadBudgetChart, type CompareData } from "@/lib/data/compare";
import type { KnownBy } from "@/lib/data/visibility";
import { prisma } from "@/lib/db";
import { ChartFootnotes } from "./chart-footnotes";
import { ChartLegend } from "./chart-legend";
import { ChartPanelFigure } from "./chart-panel";

/** Draws a loaded budget comparison (each program's headline money in US dollars). */
export function BudgetChartView({ data }: { data: CompareData }) {
  const panel = data.chart.panels[0];
  return (
    <section aria-labelledby="budget-heading" className="mt-10" data-testid="budget-chart">
      <h2 id="budget-heading" className="text-xl font-semibold">Budget comparison</h2>
      <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-300">
        Each program's headline money, converted to US dollars at the reference rate of its year. Ranges stay ranges,
        “up to” and “more than” are marked, and nothing is added up.
      </p>
      {panel ? (
        <>
          <ChartLegend rows={data.chart.rows} />
          <ChartPanelFigure panel={panel} idPrefix="budget" />
          <ChartFootnotes rows={data.chart.rows} headingId="budget-footnotes" headingLevel={3} />
        </>
      ) : (
        <p className="mt-3">No headline money recorded yet.</p>
      )}
      <p className="mt-3 text-sm">
        <Link href={compareHref(data.params)} className="underline">Compare programs in detail</Link>
      </p>
    </section>
  );
}

/** The overview's budget chart: loads and draws what was known by `knownBy` (null: today). */
export async function BudgetChart({ knownBy }: { knownBy: KnownBy }) {
  const data = await loadBudgetChart(prisma(), knownBy);
  return <BudgetChartView data={data} />;
}
