// CSV answers of the API: one header line, then one line per record, as an attachment. Same
// writer settings as the /compare download (lib/api/compare-download.ts): escape_formulas keeps
// a database text starting with =, +, -, @ from running as a spreadsheet formula.
import { stringify } from "csv-stringify/sync";
import { asOfDay, type KnownBy } from "@/lib/dashboard/as-of";
import { cacheableResponse } from "@/lib/cache/http-cache";
import { apiData } from "./respond";
import { toIsoDay } from "@/lib/core/dates";

export type CsvCell = string | number | boolean | null;

/**
 * A CSV's columns, in order, each with how one line of the file fills it (write the table `satisfies CsvCells<Line>`):
 * the header and every line come from it, so a column is named once, as the /compare download's are (table-records.ts).
 */
export type CsvCells<Line> = Record<string, (line: Line) => CsvCell>;

/** The CSV's columns, in order: the table's keys (also listed in the OpenAPI document). */
export function columnsOf<Cells extends CsvCells<never>>(cells: Cells): (keyof Cells & string)[] {
  return Object.keys(cells);
}

/** One line of the CSV, each column filled by its cell. */
export function recordOf<Line, Cells extends CsvCells<Line>>(cells: Cells, line: Line): Record<keyof Cells, CsvCell> {
  return Object.fromEntries(Object.entries(cells).map(([column, cell]) => [column, cell(line)])) as Record<keyof Cells, CsvCell>;
}

export function toCsv<Column extends string>(records: Record<Column, CsvCell>[], columns: readonly Column[]): string {
  return stringify(records, {
    header: true,
    columns: [...columns],
    escape_formulas: true,
    cast: { boolean: (value) => (value ? "yes" : "no") },
  });
}

export function attachment(filename: string): Record<string, string> {
  return { "Content-Disposition": `attachment; filename="${filename}"` };
}

export function csvResponse(request: Request, body: string, filename: string): Response {
  return cacheableResponse(request, body, { "Content-Type": "text/csv; charset=utf-8", ...attachment(filename) });
}

/**
 * "compute-atlas_sources_2025-06-30.csv": named as the charts' files are (fileStemOf): what it
 * holds, then the day its data is as of (a past view's day, else today's).
 */
export function fileName(name: string, knownBy: KnownBy, extension: "csv" | "json", today: Date = new Date()): string {
  return `compute-atlas_${name}_${asOfDay(knownBy) ?? toIsoDay(today)}.${extension}`;
}

type Tabular<Column extends string> = {
  name: string;
  /** The CSV's file name when a chart's data, named as its images are (fileStemOf); else from `name`. */
  csvName?: string;
  knownBy: KnownBy;
  json: unknown;
  records: () => Record<Column, CsvCell>[];
  columns: readonly Column[];
};

/** The endpoint's answer in the asked format: `{ data }`, or the same records as a CSV attachment. */
export function dataOrCsv<Column extends string>(request: Request, format: "json" | "csv", answer: Tabular<Column>): Response {
  if (format === "json") return apiData(request, answer.json);
  return csvResponse(request, toCsv(answer.records(), answer.columns), answer.csvName ?? fileName(answer.name, answer.knownBy, "csv"));
}
