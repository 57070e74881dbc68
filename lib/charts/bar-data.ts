// What each mark of a panel needs to be drawn: its span on the axis, its axis label and its
// tooltip text. Pure, so the geometry and the tooltip texts are unit-tested without rendering.
import type { ChartPanel, ChartRow } from "./compare-types";
import { barSpan } from "./scale";

export type BarDatum = {
  id: string;
  n: number;
  span: [number, number];
  shape: ChartRow["shape"];
  confidence: ChartRow["confidence"];
  axisLabel: string;
  valueLabel: string;
  tooltip: string;
};

const MAX_LABEL = 30;

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

// Claim labels of one program often differ only at the end ("Reported equity commitment –
// SoftBank" / "– Oracle"), so they keep both ends. Shorter than a program name's limit: mixed-case
// claim text runs wider than the axis' 200 px at 30 characters.
const MAX_CLAIM_LABEL = 26;

function truncateMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  return `${text.slice(0, head).trimEnd()}…${text.slice(text.length - (max - 1 - head)).trimStart()}`;
}

// The program, and when it has several marks on the panel the claim's kind, which must survive
// truncation: it is what tells those marks apart (the full label is in the tooltip and footnote).
// A panel of one program's claims (its page, its embed) names the claims instead: the chart's
// title already names the program.
export function axisLabel(row: ChartRow, several: boolean, oneProgram = false): string {
  if (oneProgram && several) return truncateMiddle(row.label, MAX_CLAIM_LABEL);
  if (!several) return truncate(row.programName, MAX_LABEL);
  const kind = row.kind.replaceAll("_", " ");
  return `${truncate(row.programName, Math.max(8, MAX_LABEL - kind.length - 3))} · ${kind}`;
}

/** Everything a reader needs about a mark, as the SVG <title> shows it on hover. */
export function tooltipText(row: ChartRow): string {
  const lines = [
    `${row.programName}: ${row.label}`,
    row.original === row.text ? row.text : `${row.text} (stated: ${row.original})`,
    row.conversion ?? (row.original === row.text ? "As stated; not converted." : null),
    `${row.kind.replaceAll("_", " ")} · ${row.confidence}${row.asOfLabel ? ` · as of ${row.asOfLabel}` : ""}`,
    `Source: ${row.source.publisher}${row.source.publishedLabel ? `, ${row.source.publishedLabel}` : ""}: ${row.source.title}`,
  ];
  return lines.filter((line): line is string => line !== null).join("\n");
}

export function toBarData(panel: ChartPanel): BarDatum[] {
  const domain = panel.domain;
  if (domain === null) return [];
  const counts = new Map<string, number>();
  for (const row of panel.rows) if (row.value) counts.set(row.programSlug, (counts.get(row.programSlug) ?? 0) + 1);
  return panel.rows.flatMap((row) => {
    if (row.value === null) return [];
    return [{
      id: row.id,
      n: row.n,
      span: barSpan(panel.scale, domain, row.value.low, row.value.high, row.shape === "range"),
      shape: row.shape,
      confidence: row.confidence,
      axisLabel: axisLabel(row, (counts.get(row.programSlug) ?? 0) > 1, counts.size === 1),
      valueLabel: `${row.text} [${row.n}]`,
      tooltip: tooltipText(row),
    }];
  });
}

/** Fixed pixel geometry; the SVG's viewBox lets CSS scale it to the column width. */
export function chartGeometry(bars: number) {
  const rowHeight = 34;
  const margin = { top: 8, right: 160, bottom: 36, left: 4 };
  return {
    width: 680,
    height: margin.top + margin.bottom + 30 + bars * rowHeight,
    margin,
    barSize: 16,
    yAxisWidth: 200,
    axisLabelOffset: 24,
  };
}
