// What an embed shows, as plain data: the loaders (load-embed.ts) fill it, the components in
// components/embed only draw it. Links are absolute: the embed lives inside someone else's page.
import type { ChartPanel, ChartRow } from "@/lib/charts/compare-types";
import type { MapModel } from "@/lib/charts/map-model";
import type { TimelineChart } from "@/lib/charts/timeline-layout";
import type { EmbedTheme } from "@/lib/charts/chart-ref";

export type EmbedSourceNote = { n: number; context: string; label: string; publisher: string; title: string; url: string | null };

/**
 * "DOE, OpenAI, Reuters and 9 other publishers": the first publishers cited, for the line that stays visible
 * over the folded list. The rest are counted as publishers ("9 more" after "12 documents" read as documents).
 */
export function sourceSummary(sources: readonly Pick<EmbedSourceNote, "publisher">[], shown = 3): string {
  const publishers = [...new Set(sources.map((source) => source.publisher))];
  const first = publishers.slice(0, shown).join(", ");
  const rest = publishers.length - shown;
  return rest > 0 ? `${first} and ${rest} other ${rest === 1 ? "publisher" : "publishers"}` : first;
}

/** The visually hidden table: the same figures as the chart, for screen readers. */
export type EmbedTable = { caption: string; columns: string[]; rows: string[][] };

export type EmbedLinks = { page: string; live: string; data: string; site: string };

/**
 * A compare panel with its SVG already drawn (renderBarChart cannot run inside another render): the
 * wide layout and the narrow one for phones (labels above bars), which the embed's CSS picks between.
 */
export type DrawnPanel = { panel: ChartPanel; svg: string; narrow: string };

export type EmbedChart =
  | { kind: "compare"; panels: DrawnPanel[]; rows: ChartRow[]; notes: string[] }
  | { kind: "timeline"; chart: TimelineChart; dated: number; undated: number }
  | { kind: "map"; svg: string; model: MapModel; origin: string };

export type EmbedModel = {
  title: string;
  theme: EmbedTheme;
  /** "Data as of": the pinned day, or today for a live embed. */
  day: string;
  pinned: boolean;
  /** A pinned embed whose figures differ from the live chart's. */
  newer: boolean;
  links: EmbedLinks;
  chart: EmbedChart;
  table: EmbedTable;
  sources: EmbedSourceNote[];
};
