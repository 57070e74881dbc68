import Link from "next/link";
import type { ReactNode } from "react";
import { compareHref } from "@/lib/dashboard/compare-params";
import type { CompareData } from "@/lib/data/compare";
import { ChartFootnotes } from "./chart-footnotes";
import { ChartLegend } from "./chart-legend";
import { ChartPanelFigure } from "./chart-panel";
import { CompareTable } from "./compare-table";

function ViewTabs({ data }: { data: CompareData }) {
  const tab = (view: "chart" | "table", text: string) => (
    <Link
      href={compareHref({ ...data.params, view })}
      aria-current={data.params.view === view ? "page" : undefined}
      className={`rounded px-3 py-1 ${data.params.view === view ? "bg-blue-700 font-semibold text-white" : "underline"}`}
    >
      {text}
    </Link>
  );
  return (
    <nav aria-label="View" className="mt-6 flex gap-2 text-sm">
      {tab("chart", "Chart")}
      {tab("table", "Table")}
    </nav>
  );
}

/** `share`: the view's "Share this chart" toolbar (downloads of exactly these figures, embed). */
export function CompareResults({ data, share }: { data: CompareData; share: ReactNode }) {
  const { chart, params } = data;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="sr-only">
        Comparison
      </h2>
      <ViewTabs data={data} />
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
          <ChartLegend rows={chart.rows} />
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
      {share}
      {params.view === "chart" && <ChartFootnotes rows={chart.rows} />}
    </section>
  );
}
