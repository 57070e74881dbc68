import "server-only";
// The figures of one embed, from the same loaders as the pages (lib/data/chart-views.ts), drawn by
// its view's embed renderer. A pinned embed loads the live view too, only to say whether newer
// figures exist.
import { renderBarChart } from "@/lib/charts/render-bar-chart";
import { renderMapSvg } from "@/lib/charts/map-svg";
import { countryHref } from "@/lib/charts/map-rows";
import { loadChartView, type LoadedView } from "@/lib/data/chart-views";
import type { PrismaClient } from "@/lib/prisma-client";
import { asOfOf, chartTitle, dataPath, pagePath, withPin, type ChartRef, type EmbedTheme } from "@/lib/charts/chart-ref";
import { compareFingerprint, compareSources, compareTable } from "./compare-rows";
import type { EmbedLinks, EmbedModel } from "./embed-model";
import { mapTable } from "./map-rows";
import { timelineFingerprint, timelineNotes } from "./timeline-rows";
import { toIsoDay } from "@/lib/core/dates";

export type EmbedContext = { origin: string; theme: EmbedTheme; today: Date };

type EmbedParts = Pick<EmbedModel, "chart" | "table" | "sources">;
type Renderer<V extends LoadedView> = {
  /** What the embed shows of the view, under its title. */
  draw: (data: V["data"], title: string, links: EmbedLinks) => EmbedParts;
  /** Equal for two loads that show the same figures (a pinned embed against the live one). */
  fingerprint: (data: V["data"]) => string;
};

const milestonesOf = (data: Extract<LoadedView, { kind: "timeline" }>["data"]) => data.lanes.flatMap((lane) => lane.milestones);

/** The embed renderer of each chart view. */
const renderers: { [K in LoadedView["kind"]]: Renderer<Extract<LoadedView, { kind: K }>> } = {
  compare: {
    draw: ({ chart }, title) => {
      const several = chart.panels.length > 1;
      const panels = chart.panels.map((panel, index) => {
        const panelTitle = several ? `${title}: ${panel.title}` : title;
        return {
          panel,
          svg: renderBarChart(panel, { idPrefix: `p${index}`, title: panelTitle }),
          narrow: renderBarChart(panel, { idPrefix: `p${index}-n`, title: panelTitle, variant: "narrow" }),
        };
      });
      return {
        chart: { kind: "compare", panels, rows: chart.rows, notes: chart.notes },
        table: compareTable(chart.rows),
        sources: compareSources(chart.rows),
      };
    },
    fingerprint: (data) => compareFingerprint(data.chart.rows),
  },
  map: {
    draw: (data, title, links) => {
      const page = new URL(links.page);
      const svg = renderMapSvg(data.map, {
        idPrefix: "map",
        title,
        hrefOf: (country) => countryHref(country, page.origin, page.pathname + page.search),
        target: "_blank",
      });
      return {
        chart: { kind: "map", svg, model: data.map, origin: page.origin },
        table: mapTable(data.map),
        sources: compareSources(data.chart.rows),
      };
    },
    fingerprint: (data) => compareFingerprint(data.chart.rows),
  },
  timeline: {
    draw: (data) => {
      const milestones = milestonesOf(data);
      return {
        chart: { kind: "timeline", chart: data.chart, dated: milestones.length - data.undated.length, undated: data.undated.length },
        ...timelineNotes(milestones),
      };
    },
    fingerprint: (data) => timelineFingerprint(milestonesOf(data)),
  },
};

function linksOf(ref: ChartRef, origin: string): EmbedLinks {
  return {
    page: origin + pagePath(ref),
    live: origin + pagePath(withPin(ref, null)),
    data: origin + dataPath(ref, "csv"),
    site: `${origin}/`,
  };
}

/**
 * The embed of `ref`, or null when it names a program a reader cannot see (unknown, unpublished,
 * or not yet known on the pinned day).
 */
export async function loadEmbed(db: PrismaClient, ref: ChartRef, context: EmbedContext): Promise<EmbedModel | null> {
  const loaded = await loadChartView(db, ref, context.today);
  if (!loaded) return null;
  // TypeScript cannot relate the looked-up renderer to `loaded` itself, hence the cast.
  const renderer = renderers[loaded.kind] as Renderer<LoadedView>;
  const pin = asOfOf(ref);
  const live = loaded.knownBy ? await loadChartView(db, withPin(ref, null), context.today) : loaded;
  const title = chartTitle(ref, (slug) => loaded.data.programs.find((p) => p.slug === slug)?.name);
  return {
    theme: context.theme,
    day: pin ?? toIsoDay(context.today),
    pinned: pin !== null,
    links: linksOf(ref, context.origin),
    title,
    newer: live === null || renderer.fingerprint(live.data) !== renderer.fingerprint(loaded.data),
    ...renderer.draw(loaded.data, title, linksOf(ref, context.origin)),
  };
}
