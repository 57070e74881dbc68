// The image document: blocks stacked top to bottom on a white page of fixed width, its height
// from what it holds. Every text we write ourselves is escaped here; chart markup comes from
// React (already escaped) through nestSvg.
import { nestSvg } from "./nest-svg";
import { wrapText, type TextStyle } from "@/lib/charts/text-wrap";
import { escapeXml, stripForbiddenXml } from "./xml";

export const IMAGE_WIDTH = 1200;
export const MARGIN = 40;
export const CONTENT_WIDTH = IMAGE_WIDTH - 2 * MARGIN;
export const FONT_FAMILY = "DejaVu Sans";

export type TextBlock = { type: "text"; text: string; style: TextStyle; color?: string; indent?: number; gapBefore?: number };
export type ChartBlock = { type: "chart"; markup: string; maxScale?: number; gapBefore?: number };
export type Block = TextBlock | ChartBlock;

export type ImageDocument = { title: string; description: string; blocks: Block[] };

type Placed = { markup: string; height: number };

const lineHeight = (style: TextStyle) => Math.round(style.fontSize * 1.4);

function placeText(block: TextBlock, y: number): Placed {
  const indent = block.indent ?? 0;
  const lines = wrapText(block.text, CONTENT_WIDTH - indent, block.style);
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

function placeChart(block: ChartBlock, y: number): Placed {
  const nested = nestSvg(block.markup, { x: MARGIN, y, width: CONTENT_WIDTH, maxScale: block.maxScale });
  return nested ?? { markup: "", height: 0 };
}

/** One standalone SVG document (XML declaration, xmlns, white background, DejaVu Sans). */
export function renderDocument(doc: ImageDocument): string {
  let y = MARGIN;
  const parts: string[] = [];
  for (const block of doc.blocks) {
    y += block.gapBefore ?? 0;
    const placed = block.type === "text" ? placeText(block, y) : placeChart(block, y);
    parts.push(placed.markup);
    y += placed.height;
  }
  const height = Math.ceil(y + MARGIN);
  const body = [
    `<title>${escapeXml(doc.title)}</title>`,
    `<desc>${escapeXml(doc.description)}</desc>`,
    `<rect x="0" y="0" width="${IMAGE_WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...parts,
  ].join("");
  const root =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ` +
    `${IMAGE_WIDTH} ${height}" font-family="${FONT_FAMILY}">`;
  // Chart markup could still carry a character XML forbids (React does not drop them).
  return stripForbiddenXml(`<?xml version="1.0" encoding="UTF-8"?>\n${root}${body}</svg>\n`);
}
