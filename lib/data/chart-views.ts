// The loader of each chart view, the one table the embeds and the images read figures through. A
// chart kind (lib/charts/chart-ref.ts) names its view; a program chart is a compare or timeline
// view narrowed to its program. The loaders live here, not in lib/charts, because lib/charts sits
// below lib/data (README "Layout").
import type { PrismaClient } from "@/lib/prisma-client";
import { viewOf, type ChartRef, type ViewRef } from "@/lib/charts/chart-ref";
import { parseAsOf, type KnownBy } from "@/lib/dashboard/as-of";
import { knownByOf, loadCompare, type CompareData } from "./compare";
import { loadMap, type MapData } from "./map";
import { loadTimeline, type TimelineDto } from "./timeline";

type ViewData = { compare: CompareData; timeline: TimelineDto; map: MapData };
type ViewKind = ViewRef["kind"];

/** A view's figures, with the day they are known by (null: live). */
export type LoadedView = { [K in ViewKind]: { kind: K; data: ViewData[K]; knownBy: KnownBy } }[ViewKind];

type ViewLoader<K extends ViewKind> = {
  knownBy: (view: Extract<ViewRef, { kind: K }>, now: Date) => KnownBy;
  load: (db: PrismaClient, view: Extract<ViewRef, { kind: K }>, knownBy: KnownBy, now: Date) => Promise<ViewData[K]>;
};

const viewLoaders: { [K in ViewKind]: ViewLoader<K> } = {
  compare: {
    knownBy: (view, now) => knownByOf(view.params, now),
    load: (db, view, knownBy) => loadCompare(db, view.params, knownBy),
  },
  map: {
    knownBy: (view, now) => knownByOf(view.params, now),
    load: (db, view, knownBy) => loadMap(db, view.params, knownBy),
  },
  timeline: {
    knownBy: (view, now) => parseAsOf(view.asOf ?? undefined, now),
    load: (db, view, knownBy, now) => loadTimeline(db, knownBy, view.filters, { now }),
  },
};

/**
 * The figures of `ref`'s chart, as the pages read them, or null when it names a program readers
 * cannot see (unknown, unpublished, or not yet known on the pinned day).
 */
export async function loadChartView(db: PrismaClient, ref: ChartRef, now: Date): Promise<LoadedView | null> {
  const view = viewOf(ref);
  // TypeScript cannot relate the looked-up loader to `view` itself, hence the cast.
  const loader = viewLoaders[view.kind] as unknown as ViewLoader<ViewKind>;
  const knownBy = loader.knownBy(view, now);
  const data = await loader.load(db, view, knownBy, now);
  if (ref.kind === "program" && !data.programs.some((p) => p.slug === ref.slug)) return null;
  return { kind: view.kind, data, knownBy } as LoadedView;
}
