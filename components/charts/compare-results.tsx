import Link from "next/link";
import type { ReactNode } from "react";
import { compareHref, compareMetrics, type CompareParams } from "@/lib/dashboard/compare-params";
import type { CompareData } from "@/lib/data/compare";
import { ChartFootnotes } from "./chart-footnotes";
import { ChartLegend } from "./chart-legend";
import { ChartPanelFigure } from "./chart-panel";
import { CompareTable } from "./compare-table";

type Switch = { label: string; options: { text: string; params: CompareParams; current: boolean }[] };

// Links, so they work without JavaScript; with it, Next swaps the view in place (scroll={false}).
function Switches({ switches }: { switches: Switch[] }) {
  return (
    <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {switches.map(({ label, options }) => (
        <nav key={label} aria-label={label} className="flex flex-wrap items-center gap-1">
          <span aria-hidden="true" className="mr-1 text-slate-600 dark:text-slate-300">
            {label}:
          </span>
          {options.map(({ text, params, current }) => (
            <Link
              prefetch={false}
              key={text}
              href={compareHref(params)}
              scroll={false}
              aria-current={current ? "page" : undefined}
              className={
                "rounded px-3 py-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 " +
                (current ? "bg-blue-700 font-semibold text-white" : "underline")
              }
            >
              {text}
            </Link>
          ))}
        </nav>
      ))}
    </div>
  );
}

const metricWords = { money: "Money", compute: "Compute", power: "Power", accelerators: "Accelerators" } as const;

/** The chart's own switches: view, metric and scale, each a link to that view. */
function chartSwitches(params: CompareParams): Switch[] {
  const option = <K extends keyof CompareParams>(key: K, value: CompareParams[K], text: string) => ({
    text,
    params: { ...params, [key]: value },
    current: params[key] === value,
  });
  // Named unlike the form's fields ("Metric", "Scale"), so each label names one control. The measure
  // comes first: it is the page's first control after the site's navigation (within ten Tab presses).
  return [
    { label: "Measure", options: compareMetrics.map((metric) => option("metric", metric, metricWords[metric])) },
    { label: "Axis", options: [option("scale", "linear", "Linear"), option("scale", "log", "Log")] },
    { label: "View", options: [option("view", "chart", "Chart"), option("view", "table", "Table")] },
  ];
}

/**
 * The chart (or table) with its own switches above it and its notes under it: the first thing of the
 * page after its heading. The options form goes beside it on wide screens, after it on phones, and
 * the share toolbar and the sources after both (CompareSharing).
 */
export function CompareResults({ data }: { data: CompareData }) {
  const { chart, params } = data;
  return (
    <section aria-labelledby="results-heading" className="min-w-0">
      <h2 id="results-heading" className="sr-only">
        Comparison
      </h2>
      <Switches switches={chartSwitches(params)} />
      {data.unknownPrograms.length > 0 && (
        <p className="mt-4 text-sm">
          No published program {params.asOf ? `known on ${params.asOf} ` : ""}is called {data.unknownPrograms.join(", ")}.
        </p>
      )}
      {chart.rows.length === 0 ? (
        <p className="mt-6" data-testid="no-rows">
          No claim matches these options.
          {!params.unverified && " Some figures are only unverified claims: tick “Include unverified and disputed claims” to see them."}
          {params.claims === "headline" && " Choose “All current claims” to see figures that are not a program's headline."}
        </p>
      ) : params.view === "table" ? (
        <CompareTable chart={chart} />
      ) : (
        <>
          <ChartLegend chart={chart} />
          {chart.panels.map((panel, index) => (
            <ChartPanelFigure key={panel.key} panel={panel} idPrefix={`cmp${index}`} />
          ))}
        </>
      )}
      <ul className="mt-4 list-disc pl-5 text-sm text-slate-700 dark:text-slate-300" aria-label="About this chart">
        {chart.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}

/** `share`: the view's "Share this chart" toolbar (downloads of exactly these figures, embed), then the chart's sources. */
export function CompareSharing({ data, share }: { data: CompareData; share: ReactNode }) {
  return (
    <div className="min-w-0">
      {share}
      {data.params.view === "chart" && <ChartFootnotes rows={data.chart.rows} />}
    </div>
  );
}
