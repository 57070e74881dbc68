import "server-only";
// One chart, read as the pages read it (lib/data/chart-views.ts), composed into an SVG document by
// its view's image renderer. A program readers cannot see is null (404).
import { asOfOf, chartTitle, fileStemOf, pagePath, withPin, type ChartRef } from "@/lib/charts/chart-ref";
import { loadChartView, type LoadedView } from "@/lib/data/chart-views";
import { viewDate } from "@/lib/data/view-date";
import type { PrismaClient } from "@/lib/prisma-client";
import { composeCompareImage, type ImageContext } from "./compare-image";
import { composeMapImage } from "./map-image";
import { composeTimelineImage } from "./timeline-image";

export type ChartImage = { title: string; svg: string; permalink: string; fileStem: string };

type Renderer<V extends LoadedView> = (data: V["data"], pin: string | null, context: ImageContext) => string;

/** The image renderer of each chart view. */
const renderers: { [K in LoadedView["kind"]]: Renderer<Extract<LoadedView, { kind: K }>> } = {
  compare: (data, _pin, context) => composeCompareImage(data, context),
  timeline: (data, pin, context) => composeTimelineImage(data, pin, context),
  map: (data, _pin, context) => composeMapImage(data, context),
};

export async function loadChartImage(db: PrismaClient, ref: ChartRef, origin: string, now: Date = new Date()): Promise<ChartImage | null> {
  const loaded = await loadChartView(db, ref, now);
  if (!loaded) return null;
  const dataDay = viewDate(loaded.knownBy, now);
  // The image's marks and source line count the page's figures as of its data day; a live link would
  // show other figures and numbers after the next publication, so a live chart links its day's view.
  const permalink = `${origin}${pagePath(asOfOf(ref) ? ref : withPin(ref, dataDay))}`;
  const title = chartTitle(ref, (slug) => loaded.data.programs.find((p) => p.slug === slug)?.name);
  // TypeScript cannot relate the looked-up renderer to `loaded` itself, hence the cast.
  const render = renderers[loaded.kind] as Renderer<LoadedView>;
  return { title, permalink, fileStem: fileStemOf(ref, dataDay), svg: render(loaded.data, asOfOf(ref), { title, permalink, dataDay }) };
}
