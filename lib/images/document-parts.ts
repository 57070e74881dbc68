// The parts every chart image shares: heading, subtitle, numbered sources, date and permalink.
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

/** "Publisher, date: Title. URL" (a source without a URL says so; a file name is never printed). */
export function sourceText(source: SourceDto): string {
  const who = `${source.publisher}${source.publishedLabel ? `, ${source.publishedLabel}` : ""}`;
  const where = source.url ?? "no web address";
  return `${who}: ${source.title}. ${where}`;
}

/** A numbered entry ("[3] …"), wrapped to the page width. */
export function numberedBlock(n: number, text: string): TextBlock {
  return { type: "text", text: `[${n}] ${text}`, style: { fontSize: 15 }, gapBefore: 6 };
}

export function footerBlocks(dataDay: string, permalink: string): Block[] {
  return [
    {
      type: "text",
      text: `Data as of ${dataDay}. Compute Atlas: every figure is a claim with its source.`,
      style: { fontSize: 15, bold: true },
      gapBefore: 28,
    },
    { type: "text", text: `Full chart, table and sources: ${permalink}`, style: { fontSize: 15 }, color: "#1d4ed8", gapBefore: 4 },
  ];
}

/** Day a pinned chart shows, or the day the live chart was drawn. */
export function subtitleDate(pin: string | null, dataDay: string): string {
  return pin ? `as known on ${pin}` : `live chart, drawn on ${dataDay}`;
}
