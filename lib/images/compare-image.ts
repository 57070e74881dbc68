import "server-only";
// The /compare chart (and a program's funding chart) as one image document: every panel stacked,
// each mark's footnote with its source under them.
import type { CompareParams } from "@/lib/dashboard/compare-params";
import type { ChartRow } from "@/lib/charts/compare-types";
import { legendEntries, legendText } from "@/lib/charts/legend";
import { renderBarChart } from "@/lib/charts/render-bar-chart";
import type { CompareData } from "@/lib/data/compare";
import { footerBlocks, headingBlock, noteBlock, numberedBlock, sourceText, subtitleDate, titleBlocks } from "./document-parts";
import { renderDocument, type Block } from "./layout";

export type ImageContext = { title: string; permalink: string; dataDay: string };

/** What the chart shows, in words, for the line under the title. */
export function describeCompareParams(params: CompareParams, dataDay: string): string {
  const claims = params.claims === "headline" ? "Each program's headline figures" : "Every current claim";
  const confidence = params.unverified ? "unverified and disputed claims included, marked" : "verified and reported claims only";
  const parts = [claims, confidence, `${params.scale} scale`, subtitleDate(params.asOf, dataDay)];
  return parts.join(" · ");
}

/** One footnote: the figure as drawn and as stated, how it was converted, and its source. */
export function footnoteText(row: ChartRow): string {
  const parts = [`${row.programName}, ${row.label}: ${row.text}${row.original !== row.text ? ` (stated as ${row.original})` : ""}.`];
  if (row.conversion) parts.push(`${row.conversion}.`);
  if (row.notDrawn) parts.push(`Not drawn: ${row.notDrawn}.`);
  parts.push(
    `${row.kind.replaceAll("_", " ")} · ${row.confidence}${row.isHeadline ? " · headline" : ""}` +
      `${row.asOfLabel ? ` · as of ${row.asOfLabel}` : ""}.`,
  );
  parts.push(`Source: ${sourceText(row.source)}`);
  return parts.join(" ");
}

function panelBlocks(data: CompareData): Block[] {
  return data.chart.panels.flatMap((panel, index): Block[] => {
    const svg = renderBarChart(panel, { idPrefix: `img${index}`, title: panel.title });
    const heading = headingBlock(panel.title, index === 0 ? 20 : 28);
    if (svg === "") return [heading, noteBlock("Nothing on this axis can be drawn; the footnotes list the claims and why.")];
    // 1.35× the page's panel: its 12 px labels come out at 16 px, beside the 15 px footnotes.
    return [heading, { type: "chart", markup: svg, maxScale: 1.35, gapBefore: 8 }];
  });
}

export function composeCompareImage(data: CompareData, context: ImageContext): string {
  const { chart, params } = data;
  const entries = legendEntries(chart.rows);
  const blocks: Block[] = [
    ...titleBlocks(context.title, describeCompareParams(params, context.dataDay)),
    ...(chart.rows.length === 0 ? [noteBlock("No claim matches these options.", 24)] : panelBlocks(data)),
    ...(entries.length > 0 ? [noteBlock(`Marks: ${entries.map((entry) => legendText[entry]).join("; ")}.`, 16)] : []),
    ...chart.notes.map((note) => noteBlock(note)),
    ...(chart.rows.length > 0
      ? [headingBlock("Figures and sources"), ...chart.rows.map((row) => numberedBlock(row.n, footnoteText(row)))]
      : []),
    ...footerBlocks(context.dataDay, context.permalink),
  ];
  return renderDocument({
    title: context.title,
    description: `${context.title}. Data as of ${context.dataDay}. ${context.permalink}`,
    blocks,
  });
}
