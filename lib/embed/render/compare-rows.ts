// A compare chart's rows as an embed lists them: the hidden table, the numbered sources (one per
// row, numbered like the chart's labels "[n]" and the site's footnotes), and a fingerprint that
// tells a pinned embed whether the live chart now shows something else.
import type { ChartRow } from "@/lib/charts/compare-types";
import type { EmbedSourceNote, EmbedTable } from "./embed-model";

function sourceLabel(row: ChartRow): string {
  return `${row.source.publisher}${row.source.publishedLabel ? `, ${row.source.publishedLabel}` : ""}`;
}

export function compareTable(rows: readonly ChartRow[]): EmbedTable {
  return {
    caption: "The figures drawn in the chart, with their sources",
    columns: ["Program", "Claim", "Figure", "As stated", "Kind", "Source"],
    rows: rows.map((row) => [
      row.programName,
      row.label,
      row.notDrawn ? `${row.text} (not drawn: ${row.notDrawn})` : row.text,
      row.original,
      `${row.kind.replaceAll("_", " ")}, ${row.confidence}`,
      `[${row.n}] ${sourceLabel(row)}`,
    ]),
  };
}

export function compareSources(rows: readonly ChartRow[]): EmbedSourceNote[] {
  return rows.map((row) => ({
    n: row.n,
    context: `${row.programName}, ${row.label}`,
    label: sourceLabel(row),
    publisher: row.source.publisher,
    title: row.source.title,
    url: row.source.url,
  }));
}

/** What a reader of the chart can see, row by row; a change in any of it is "newer figures". */
export function compareFingerprint(rows: readonly ChartRow[]): string {
  return JSON.stringify(
    rows.map((row) => [row.id, row.panel, row.text, row.original, row.kind, row.confidence, row.notDrawn, row.source.id]),
  );
}
