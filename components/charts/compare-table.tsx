import type { ChartRow, CompareChart } from "@/lib/charts/compare-types";
import { compareTableColumns, tableCellText } from "@/lib/charts/table-records";
import { SourceCitation } from "@/components/dashboard/source-citation";

function Cell({ column, row, axis }: { column: (typeof compareTableColumns)[number]; row: ChartRow; axis: string }) {
  if (column.key === "source_title") return <SourceCitation source={row.source} />;
  if (column.key !== "figure") return tableCellText(column, row, axis);
  return (
    <>
      {row.text}
      {row.conversion && <div className="text-xs text-slate-600 dark:text-slate-300">{row.conversion}</div>}
      {row.notDrawn && <div className="text-xs font-semibold">Not drawn: {row.notDrawn}</div>}
    </>
  );
}

// Exactly the chart's rows, in the chart's order, one table body per axis; the columns are lib/charts/table-records.ts's.
export function CompareTable({ chart }: { chart: CompareChart }) {
  if (chart.rows.length === 0) return null;
  return (
    <div role="region" aria-label="Table of the compared figures" tabIndex={0} className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-testid="compare-table">
        <caption className="sr-only">Every figure of the chart with its source</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            {compareTableColumns.map(({ heading }) => (
              <th key={heading} scope="col" className="px-2 py-1 font-semibold">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        {chart.panels.map((panel) => (
          <tbody key={panel.key}>
            <tr>
              <th colSpan={compareTableColumns.length} scope="rowgroup" className="bg-slate-100 px-2 py-1 dark:bg-slate-800">
                {panel.title}
              </th>
            </tr>
            {panel.rows.map((row) => (
              <tr key={row.id} data-row={row.id} className="border-b border-slate-200 align-top dark:border-slate-800">
                {compareTableColumns.map((column) => (
                  <td key={column.key} className="px-2 py-1" data-cell={column.key}>
                    <Cell column={column} row={row} axis={panel.title} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
