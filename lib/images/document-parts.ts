// The parts every chart image shares: heading, subtitle, notes, and the footer with the date and a
// one-line source that points to the permalink (the full list stays on the page and in the CSV).
import { sourceSummary } from "@/lib/embed/render/embed-model";
import type { SourceDto } from "@/lib/schemas/api/common";
import type { Block, TextBlock } from "./layout";

const muted = "#475569";

export function titleBlocks(title: string, subtitle: string): Block[] {
  return [
    { type: "text", text: title, style: { fontSize: 30, bold: true } },
    { type: "text", text: subtitle, style: { fontSize: 17 }, color: muted, gapBefore: 6 },
  ];
}

export function headingBlock(text: string, gapBefore = 24): TextBlock {
  return { type: "text", text, style: { fontSize: 20, bold: true }, gapBefore };
}

export function noteBlock(text: string, gapBefore = 4): TextBlock {
  return { type: "text", text, style: { fontSize: 15 }, color: muted, gapBefore };
}

/** Each source once (by id), in the order first cited. */
export function distinctSources(sources: readonly (SourceDto | null | undefined)[]): SourceDto[] {
  const seen = new Map<string, SourceDto>();
  for (const source of sources) if (source && !seen.has(source.id)) seen.set(source.id, source);
  return [...seen.values()];
}

/**
 * "Sources: 5 documents from OpenAI, Fluidstack, DOE and 1 other publisher, listed at <permalink>": the permalink is
 * the chart's page with the same options, which lists every figure with its source.
 */
export function sourceLine(sources: readonly (SourceDto | null | undefined)[], permalink: string): string {
  const documents = distinctSources(sources);
  if (documents.length === 0) return `Full chart and table: ${permalink}`;
  const count = `${documents.length} ${documents.length === 1 ? "document" : "documents"}`;
  return `Sources: ${count} from ${sourceSummary(documents)}, listed at ${permalink}`;
}

/** The date, what the site is, and the source line (sources: those of the figures drawn). */
export function footerBlocks(dataDay: string, permalink: string, sources: readonly (SourceDto | null | undefined)[]): Block[] {
  return [
    {
      type: "text",
      text: `Data as of ${dataDay}. Compute Atlas: every figure is a claim with its source.`,
      style: { fontSize: 15, bold: true },
      gapBefore: 28,
    },
    { type: "text", text: sourceLine(sources, permalink), style: { fontSize: 15 }, color: "#1d4ed8", gapBefore: 4 },
  ];
}

/** Day a pinned chart shows, or the day the live chart was drawn. */
export function subtitleDate(pin: string | null, dataDay: string): string {
  return pin ? `as known on ${pin}` : `live chart, drawn on ${dataDay}`;
}
