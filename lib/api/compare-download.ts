// The /compare data as a download: CSV (one line per chart row, with its source) or JSON.
import { stringify } from "csv-stringify/sync";
import type { CompareData } from "@/lib/data/compare";
import { serializeCompareParams } from "@/lib/dashboard/compare-params";
import { compareCsvColumns, toTableRecords } from "@/lib/charts/table-records";
import type { CompareDto } from "@/lib/schemas/api/compare";
import { fileStemOf } from "@/lib/charts/chart-ref";
import { toIsoDay } from "@/lib/core/dates";

// escape_formulas: a text cell from the database that starts with =, +, -, @ (a label, a title)
// gets a leading ' so a spreadsheet shows it instead of running it as a formula (CSV injection).
export function compareCsv(data: CompareData): string {
  return stringify(toTableRecords(data.chart), {
    header: true,
    columns: [...compareCsvColumns],
    escape_formulas: true,
    cast: { boolean: (value) => (value ? "yes" : "no") },
  });
}

export function compareJson(data: CompareData): CompareDto {
  const { chart, params } = data;
  const { view: _view, ...options } = params;
  return {
    query: serializeCompareParams({ ...params, view: "chart" }),
    params: options,
    notes: chart.notes,
    axes: chart.panels.map(({ key, title, axisLabel, scale, domain, ticks }) => ({
      key,
      title,
      axisLabel,
      scale,
      domain: domain && [...domain],
      ticks,
    })),
    rows: chart.rows,
  };
}

/** Named as the chart's images are: the chart, its main options and the day (the pin, else today). */
export function downloadName(data: CompareData, extension: "csv" | "json", today: Date = new Date()): string {
  return `${fileStemOf({ kind: "compare", params: data.params }, data.params.asOf ?? toIsoDay(today))}.${extension}`;
}
