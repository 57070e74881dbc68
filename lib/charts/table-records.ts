// One record per chart row, as the table view, the CSV and the JSON download all list them, so
// the three can never disagree with the chart or with each other.
import type { CompareChart } from "./compare-types";

export type TableRecord = {
  n: number;
  claim_id: string;
  axis: string;
  program: string;
  program_slug: string;
  claim: string;
  kind: string;
  confidence: string;
  shape: string;
  headline: boolean;
  figure: string;
  drawn_low: number | null;
  drawn_high: number | null;
  value_low: string;
  value_high: string;
  unit: string;
  currency: string;
  as_stated: string;
  conversion: string;
  not_drawn: string;
  as_of: string;
  source_title: string;
  source_publisher: string;
  source_url: string;
  source_published: string;
};

export function toTableRecords(chart: CompareChart): TableRecord[] {
  return chart.panels.flatMap((panel) =>
    panel.rows.map((row) => ({
      n: row.n,
      claim_id: row.id,
      axis: panel.title,
      program: row.programName,
      program_slug: row.programSlug,
      claim: row.label,
      kind: row.kind,
      confidence: row.confidence,
      shape: row.shape,
      headline: row.isHeadline,
      figure: row.text,
      drawn_low: row.value?.low ?? null,
      drawn_high: row.value?.high ?? null,
      value_low: row.stated.low ?? "",
      value_high: row.stated.high ?? "",
      unit: row.stated.unit ?? "",
      currency: row.stated.currency ?? "",
      as_stated: row.original,
      conversion: row.conversion ?? "",
      not_drawn: row.notDrawn ?? "",
      as_of: row.asOf ?? "",
      source_title: row.source.title,
      source_publisher: row.source.publisher,
      source_url: row.source.url ?? "",
      source_published: row.source.publishedOn ?? "",
    })),
  );
}
