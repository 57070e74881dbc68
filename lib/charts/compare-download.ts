// The /compare data as a download: CSV (one line per chart row, with its source) or JSON.
import { stringify } from "csv-stringify/sync";
import type { CompareData } from "@/lib/data/compare";
import { serializeCompareParams } from "./compare-params";
import { tableColumns, toTableRecords } from "./table-records";

export function compareCsv(data: CompareData): string {
  return stringify(toTableRecords(data.chart), { header: true, columns: [...tableColumns], cast: { boolean: (value) => (value ? "yes" : "no") } });
}

export function compareJson(data: CompareData) {
  const { chart, params } = data;
  return {
    query: serializeCompareParams({ ...params, view: "chart" }),
    params: { ...params, view: undefined },
    notes: chart.notes,
    axes: chart.panels.map(({ key, title, axisLabel, scale, domain, ticks }) => ({ key, title, axisLabel, scale, domain, ticks })),
    rows: chart.rows,
  };
}

export function downloadName(data: CompareData, extension: "csv" | "json"): string {
  const { metric, asOf } = data.params;
  return `compute-atlas-${metric}${asOf ? `-as-of-${asOf}` : ""}.${extension}`;
}
