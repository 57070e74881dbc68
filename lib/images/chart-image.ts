import "server-only";
// One chart, read as the pages read it, composed into an SVG document. A program chart is the
// compare or timeline view narrowed to that program; a program readers cannot see is null (404).
import { asOfOf, pagePath, resolveProgramRef, type ChartRef } from "@/lib/charts/chart-ref";
import { chartTitle } from "@/lib/embed/chart-title";
import { knownByOf, loadCompare } from "@/lib/data/compare";
import { loadTimeline } from "@/lib/data/timeline";
import { viewDate } from "@/lib/data/view-date";
import { parseAsOf } from "@/lib/dashboard/as-of";
import type { PrismaClient } from "@/lib/prisma-client";
import { composeCompareImage } from "./compare-image";
import { composeTimelineImage } from "./timeline-image";

export type ChartImage = { title: string; svg: string; permalink: string; fileStem: string };

type Program = { slug: string; name: string };

const lookup = (programs: readonly Program[]) => (slug: string) => programs.find((p) => p.slug === slug)?.name;

/** "compute-atlas-compare-money-2026-01-05": ASCII only, whatever the options held. */
export function fileStemOf(ref: ChartRef, day: string): string {
  const what = ref.kind === "compare" ? `compare-${ref.params.metric}` : ref.kind === "timeline" ? "timeline" : `${ref.slug}-${ref.chart}`;
  return `compute-atlas-${what}-${day}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .slice(0, 150);
}

export async function loadChartImage(db: PrismaClient, ref: ChartRef, origin: string, now: Date = new Date()): Promise<ChartImage | null> {
  const view = ref.kind === "program" ? resolveProgramRef(ref) : ref;
  const pin = asOfOf(ref);
  const permalink = `${origin}${pagePath(ref)}`;
  if (view.kind === "compare") {
    const knownBy = knownByOf(view.params, now);
    const data = await loadCompare(db, view.params, knownBy);
    if (ref.kind === "program" && !data.programs.some((p) => p.slug === ref.slug)) return null;
    const dataDay = viewDate(knownBy, now);
    const title = chartTitle(ref, lookup(data.programs));
    return { title, permalink, fileStem: fileStemOf(ref, dataDay), svg: composeCompareImage(data, { title, permalink, dataDay }) };
  }
  const knownBy = parseAsOf(view.asOf ?? undefined, now);
  const timeline = await loadTimeline(db, knownBy, view.filters, { now });
  if (ref.kind === "program" && !timeline.programs.some((p) => p.slug === ref.slug)) return null;
  const dataDay = viewDate(knownBy, now);
  const title = chartTitle(ref, lookup(timeline.programs));
  return { title, permalink, fileStem: fileStemOf(ref, dataDay), svg: composeTimelineImage(timeline, pin, { title, permalink, dataDay }) };
}
