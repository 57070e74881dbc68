import "server-only";
// The /compare chart (and a program's funding chart) as one image document: every panel stacked,
// what the marks and the chart's notes say, and a one-line source; each mark's [n] is its footnote
// number on the page the permalink opens (and the CSV's n), where its source is listed.
import type { CompareParams } from "@/lib/dashboard/compare-params";
import { legendEntries, legendText } from "@/lib/charts/legend";
import { renderBarChart } from "@/lib/charts/render-bar-chart";
import type { CompareData } from "@/lib/data/compare";
import { footerBlocks, headingBlock, noteBlock, subtitleDate, titleBlocks } from "./document-parts";
import { renderDocument, type Block } from "./layout";

export type ImageContext = { title: string; permalink: string; dataDay: string };

/** What the chart shows, in words, for the line under the title. */
export function describeCompareParams(params: CompareParams, dataDay: string): string {
  const claims = params.claims === "headline" ? "Each program's headline figures" : "Every current claim";
  const confidence = params.unverified ? "unverified and disputed claims included, marked" : "verified and reported claims only";
  const parts = [claims, confidence, `${params.scale} scale`, subtitleDate(params.asOf, dataDay)];
  return parts.join(" · ");
}

function panelBlocks(data: CompareData): Block[] {
  const { panels } = data.chart;
  return panels.flatMap((panel, index): Block[] => {
    const svg = renderBarChart(panel, { idPrefix: `img${index}`, title: panel.title });
    // One panel is what the title already names: its heading would say it twice.
    const heading = panels.length > 1 ? [headingBlock(panel.title, index === 0 ? 20 : 28)] : [];
    if (svg === "") return [...heading, noteBlock("Nothing on this axis can be drawn; the page's footnotes list the claims and why.", 20)];
    // 1.35× the page's panel: its 12 px labels come out at 16 px, beside the 15 px notes.
    return [...heading, { type: "chart", markup: svg, maxScale: 1.35, gapBefore: heading.length > 0 ? 8 : 20 }];
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
    ...footerBlocks(
      context.dataDay,
      context.permalink,
      chart.rows.map((row) => row.source),
    ),
  ];
  return renderDocument({
    title: context.title,
    description: `${context.title}. Data as of ${context.dataDay}. ${context.permalink}`,
    blocks,
  });
}
