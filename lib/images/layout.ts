// The image document: blocks stacked top to bottom on a white page sized to its chart (as wide as
// the widest chart drawn, at most IMAGE_WIDTH) and as tall as what it holds. Every text we write
// ourselves is escaped here; chart markup comes from React (already escaped) through nestSvg.
import { extractSvg, nestSvg, viewBoxOf } from "./nest-svg";
import { wrapText, type TextStyle } from "@/lib/charts/text-wrap";
import { escapeXml, stripForbiddenXml } from "./xml";

export const IMAGE_WIDTH = 1200;
export const MARGIN = 40;
export const CONTENT_WIDTH = IMAGE_WIDTH - 2 * MARGIN;
export const FONT_FAMILY = "DejaVu Sans";
// Narrower than this, the title and the source line would wrap into a column.
const MIN_CONTENT_WIDTH = 640;

export type TextBlock = { type: "text"; text: string; style: TextStyle; color?: string; indent?: number; gapBefore?: number };
export type ChartBlock = { type: "chart"; markup: string; maxScale?: number; gapBefore?: number };
export type Block = TextBlock | ChartBlock;

export type ImageDocument = { title: string; description: string; blocks: Block[] };

type Placed = { markup: string; height: number };

const lineHeight = (style: TextStyle) => Math.round(style.fontSize * 1.4);

/**
 * The width the texts wrap to: the widest chart as it is drawn (its viewBox, at most `maxScale` times
 * its size), so the page ends where the chart does instead of leaving a blank band beside it.
 */
export function contentWidth(blocks: readonly Block[]): number {
  const widths = blocks.flatMap((block) => {
    if (block.type !== "chart") return [];
    const svg = extractSvg(block.markup);
    const box = svg && viewBoxOf(svg.open);
    return box ? [Math.min(CONTENT_WIDTH, box.width * (block.maxScale ?? Infinity))] : [];
  });
  return widths.length === 0 ? CONTENT_WIDTH : Math.round(Math.max(MIN_CONTENT_WIDTH, ...widths));
}

function placeText(block: TextBlock, y: number, width: number): Placed {
  const indent = block.indent ?? 0;
  const lines = wrapText(block.text, width - indent, block.style);
  const step = lineHeight(block.style);
  const weight = block.style.bold ? ` font-weight="bold"` : "";
  const markup = lines.map((line, index) => {
    // The baseline sits ~80% down the line box.
    const baseline = Math.round(y + index * step + block.style.fontSize * 1.05);
    return (
      `<text x="${MARGIN + indent}" y="${baseline}" font-family="${FONT_FAMILY}" font-size="` +
      `${block.style.fontSize}"${weight} fill="${block.color ?? "#0f172a"}">${escapeXml(line)}</text>`
    );
  });
  return { markup: markup.join(""), height: lines.length * step };
}

function placeChart(block: ChartBlock, y: number, width: number): Placed {
  const nested = nestSvg(block.markup, { x: MARGIN, y, width, maxScale: block.maxScale });
  return nested ?? { markup: "", height: 0 };
}

/** One standalone SVG document (XML declaration, xmlns, white background, DejaVu Sans). */
export function renderDocument(doc: ImageDocument): string {
  const content = contentWidth(doc.blocks);
  const width = content + 2 * MARGIN;
  let y = MARGIN;
  const parts: string[] = [];
  for (const block of doc.blocks) {
    y += block.gapBefore ?? 0;
    const placed = block.type === "text" ? placeText(block, y, content) : placeChart(block, y, content);
    parts.push(placed.markup);
    y += placed.height;
  }
  const height = Math.ceil(y + MARGIN);
  const body = [
    `<title>${escapeXml(doc.title)}</title>`,
    `<desc>${escapeXml(doc.description)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
  ].join("");
  const root =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ` +
    `${width} ${height}" font-family="${FONT_FAMILY}">`;
  // Chart markup could still carry a character XML forbids (React does not drop them).
  return stripForbiddenXml(`<?xml version="1.0" encoding="UTF-8"?>\n${root}${body}</svg>\n`);
}
