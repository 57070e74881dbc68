// The one field list of a compare row: each download column (CSV and JSON, in this order) and how a
// row fills it, and which of them the table view shows. The table, the CSV and the JSON all read it,
// so they can never disagree with the chart or with each other, and a new field is one entry here.
import type { ChartRow, CompareChart } from "./compare-types";

type Cell = string | number | boolean | null;

const columns = {
  n: (row) => row.n,
  claim_id: (row) => row.id,
  axis: (_row, axis) => axis,
  program: (row) => row.programName,
  program_slug: (row) => row.programSlug,
  claim: (row) => row.label,
  kind: (row) => row.kind,
  confidence: (row) => row.confidence,
  shape: (row) => row.shape,
  headline: (row) => row.isHeadline,
  figure: (row) => row.text,
  drawn_low: (row) => row.value?.low ?? null,
  drawn_high: (row) => row.value?.high ?? null,
  value_low: (row) => row.stated.low ?? "",
  value_high: (row) => row.stated.high ?? "",
  unit: (row) => row.stated.unit ?? "",
  currency: (row) => row.stated.currency ?? "",
  as_stated: (row) => row.original,
  conversion: (row) => row.conversion ?? "",
  not_drawn: (row) => row.notDrawn ?? "",
  as_of: (row) => row.asOf ?? "",
  source_title: (row) => row.source.title,
  source_publisher: (row) => row.source.publisher,
  source_url: (row) => row.source.url ?? "",
  source_published: (row) => row.source.publishedOn ?? "",
} satisfies Record<string, (row: ChartRow, axis: string) => Cell>;

type Column = keyof typeof columns;

export type TableRecord = { [K in Column]: ReturnType<(typeof columns)[K]> };

/** The CSV's columns, in order (also listed in the OpenAPI document). */
export const compareCsvColumns = Object.keys(columns) as Column[];

export function toTableRecords(chart: CompareChart): TableRecord[] {
  return chart.panels.flatMap((panel) =>
    panel.rows.map((row) => Object.fromEntries(compareCsvColumns.map((key) => [key, columns[key](row, panel.title)])) as TableRecord),
  );
}

/**
 * The table view's columns, in its order: the column each shows, its heading, and the page's own
 * wording where it differs from the download's. The table draws the figure and the source richer
 * (components/charts/compare-table.tsx).
 */
export const compareTableColumns: readonly { key: Column; heading: string; text?: (row: ChartRow) => string }[] = [
  { key: "n", heading: "#" },
  { key: "program", heading: "Program" },
  { key: "claim", heading: "Claim" },
  { key: "figure", heading: "Figure" },
  { key: "as_stated", heading: "As stated" },
  { key: "kind", heading: "Kind · confidence", text: (row) => `${row.kind.replaceAll("_", " ")} · ${row.confidence}` },
  { key: "as_of", heading: "As of", text: (row) => row.asOfLabel ?? "—" },
  { key: "source_title", heading: "Source" },
];

/** A table view cell's text. */
export function tableCellText(column: (typeof compareTableColumns)[number], row: ChartRow, axis: string): string {
  return column.text ? column.text(row) : String(columns[column.key](row, axis));
}
