import "server-only";
// The figures of one embed, from the same loaders as the pages: a compare view (loadCompare) or a
// timeline view (loadTimeline), a program chart being one of those narrowed to its program.
// A pinned embed loads the live view too, only to say whether newer figures exist.
import { renderBarChart } from "@/lib/charts/render-bar-chart";
import { knownByOf, loadCompare, type CompareData } from "@/lib/data/compare";
import { loadTimeline } from "@/lib/data/timeline";
import { parseAsOf } from "@/lib/dashboard/as-of";
import type { PrismaClient } from "@/lib/prisma-client";
import { asOfOf, dataPath, pagePath, resolveProgramRef, withPin, type ChartRef, type EmbedTheme } from "@/lib/charts/chart-ref";
import { chartTitle } from "@/lib/embed/chart-title";
import { compareFingerprint, compareSources, compareTable } from "./compare-rows";
import type { EmbedLinks, EmbedModel } from "./embed-model";
import { timelineFingerprint, timelineNotes } from "./timeline-rows";
import { toIsoDay } from "@/lib/core/dates";

type CompareRef = Extract<ChartRef, { kind: "compare" }>;
type TimelineRef = Extract<ChartRef, { kind: "timeline" }>;
export type EmbedContext = { origin: string; theme: EmbedTheme; today: Date };

function linksOf(ref: ChartRef, origin: string): EmbedLinks {
  return {
    page: origin + pagePath(ref),
    live: origin + pagePath(withPin(ref, null)),
    data: origin + dataPath(ref, "csv"),
    site: `${origin}/`,
  };
}

const nameLookup = (programs: readonly { slug: string; name: string }[]) => (slug: string) => programs.find((p) => p.slug === slug)?.name;

async function loadCompareView(db: PrismaClient, view: CompareRef, today: Date) {
  const knownBy = knownByOf(view.params, today);
  const data = await loadCompare(db, view.params, knownBy);
  if (!knownBy) return { data, newer: false };
  const live: CompareData = await loadCompare(db, { ...view.params, asOf: null }, null);
  return { data, newer: compareFingerprint(live.chart.rows) !== compareFingerprint(data.chart.rows) };
}

async function loadTimelineView(db: PrismaClient, view: TimelineRef, today: Date) {
  const knownBy = parseAsOf(view.asOf ?? undefined, today);
  const data = await loadTimeline(db, knownBy, view.filters, { now: today });
  const milestones = data.lanes.flatMap((lane) => lane.milestones);
  if (!knownBy) return { data, milestones, newer: false };
  const live = await loadTimeline(db, null, view.filters, { now: today });
  return {
    data,
    milestones,
    newer: timelineFingerprint(live.lanes.flatMap((lane) => lane.milestones)) !== timelineFingerprint(milestones),
  };
}

/**
 * The embed of `ref`, or null when it names a program a reader cannot see (unknown, unpublished,
 * or not yet known on the pinned day).
 */
export async function loadEmbed(db: PrismaClient, ref: ChartRef, context: EmbedContext): Promise<EmbedModel | null> {
  const view = ref.kind === "program" ? resolveProgramRef(ref) : ref;
  const pin = asOfOf(ref);
  const base = { theme: context.theme, day: pin ?? toIsoDay(context.today), pinned: pin !== null, links: linksOf(ref, context.origin) };
  if (view.kind === "compare") {
    const { data, newer } = await loadCompareView(db, view, context.today);
    if (ref.kind === "program" && data.unknownPrograms.includes(ref.slug)) return null;
    const title = chartTitle(ref, nameLookup(data.programs));
    const several = data.chart.panels.length > 1;
    const panels = data.chart.panels.map((panel, index) => ({
      panel,
      svg: renderBarChart(panel, { idPrefix: `p${index}`, title: several ? `${title}: ${panel.title}` : title }),
    }));
    return {
      ...base,
      title,
      newer,
      chart: { kind: "compare", panels, rows: data.chart.rows, notes: data.chart.notes },
      table: compareTable(data.chart.rows),
      sources: compareSources(data.chart.rows),
    };
  }
  const { data, milestones, newer } = await loadTimelineView(db, view, context.today);
  if (ref.kind === "program" && !data.programs.some((p) => p.slug === ref.slug)) return null;
  return {
    ...base,
    title: chartTitle(ref, nameLookup(data.programs)),
    newer,
    chart: { kind: "timeline", chart: data.chart, dated: milestones.length - data.undated.length, undated: data.undated.length },
    ...timelineNotes(milestones),
  };
}
