// CSV answers of the API: one header line, then one line per record, as an attachment. Same
// writer settings as the /compare download (lib/charts/compare-download.ts): escape_formulas keeps
// a database text starting with =, +, -, @ from running as a spreadsheet formula.
import { stringify } from "csv-stringify/sync";
import { cacheableResponse } from "./http-cache";

export type CsvCell = string | number | boolean | null;

export function toCsv<Column extends string>(records: Record<Column, CsvCell>[], columns: readonly Column[]): string {
  return stringify(records, { header: true, columns: [...columns], escape_formulas: true, cast: { boolean: (value) => (value ? "yes" : "no") } });
}

export function attachment(filename: string): Record<string, string> {
  return { "Content-Disposition": `attachment; filename="${filename}"` };
}

export function csvResponse(request: Request, body: string, filename: string): Response {
  return cacheableResponse(request, body, { "Content-Type": "text/csv; charset=utf-8", ...attachment(filename) });
}

/** "compute-atlas-milestones-as-of-2025-06-30.csv": the view's day is in the name of a past view. */
export function fileName(name: string, asOf: string | undefined, extension: "csv" | "json"): string {
  return `compute-atlas-${name}${asOf ? `-as-of-${asOf}` : ""}.${extension}`;
}
