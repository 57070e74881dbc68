import type { CompareChart } from "@/lib/charts/compare-types";
import { SourceCitation } from "@/components/dashboard/source-citation";

// Exactly the chart's rows, in the chart's order, one table body per axis.
export function CompareTable({ chart }: { chart: CompareChart }) {
  if (chart.rows.length === 0) return null;
  return (
    <div role="region" aria-label="Table of the compared figures" tabIndex={0} className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-testid="compare-table">
        <caption className="sr-only">Every figure of the chart with its source</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            {["#", "Program", "Claim", "Figure", "As stated", "Kind · confidence", "As of", "Source"].map((h) => (
              <th key={h} scope="col" className="px-2 py-1 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        {chart.panels.map((panel) => (
          <tbody key={panel.key}>
            <tr>
              <th colSpan={8} scope="rowgroup" className="bg-slate-100 px-2 py-1 dark:bg-slate-800">
                {panel.title}
              </th>
            </tr>
            {panel.rows.map((row) => (
              <tr key={row.id} data-row={row.id} className="border-b border-slate-200 align-top dark:border-slate-800">
                <td className="px-2 py-1">{row.n}</td>
                <td className="px-2 py-1" data-cell="program">
                  {row.programName}
                </td>
                <td className="px-2 py-1">{row.label}</td>
                <td className="px-2 py-1" data-cell="figure">
                  {row.text}
                  {row.conversion && <div className="text-xs text-slate-600 dark:text-slate-300">{row.conversion}</div>}
                  {row.notDrawn && <div className="text-xs font-semibold">Not drawn: {row.notDrawn}</div>}
                </td>
                <td className="px-2 py-1">{row.original}</td>
                <td className="px-2 py-1">
                  {row.kind.replaceAll("_", " ")} · {row.confidence}
                </td>
                <td className="px-2 py-1">{row.asOfLabel ?? "—"}</td>
                <td className="px-2 py-1">
                  <SourceCitation source={row.source} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
