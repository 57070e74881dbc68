// Which chart a URL shows, and every address of that chart: its page, its embed, its images and
// its data. One chart has one set of options whatever the surface, so an embed, an oEmbed answer,
// a PNG and a CSV made from the same options show the same figures.
//
// Four kinds of chart, one entry each in `chartKinds` (below):
//   compare   /compare (and the overview's budget chart, which is /compare's default view)
//   timeline  /timeline
//   map       /map: /compare's options drawn as a world map (lib/charts/map-model.ts)
//   program   one program's funding claims or milestones (/programs/[slug]), which are a compare
//             or a timeline view narrowed to that program (see programCompareParams/-TimelineFilters)
// A chart kind's figures are loaded by its view's loader (lib/data/chart-views.ts) and drawn by the
// embed's and the image's renderer of that view (lib/embed/render/load-embed.ts, lib/images/chart-image.ts).
//
// `asOf` pins a chart to what was known at the end of that day (lib/data/visibility.ts). A pin is
// kept as written, even today's date: parseAsOf reads today as "live", so a chart pinned today
// follows the day's later publications until midnight UTC and stays put from then on.
import { defaultCompareParams, parseCompareParams, serializeCompareParams, type CompareParams } from "@/lib/dashboard/compare-params";
import { paramRecord, type SearchParamsInput } from "@/lib/dashboard/search-params";
import { parseTimelineFilters, timelineQuery, type TimelineFilters } from "@/lib/dashboard/timeline-params";
import { parseAsOf } from "@/lib/dashboard/as-of";
import { toIsoDay } from "@/lib/core/dates";
import { isSlug } from "@/lib/core/slug";

export const programCharts = ["funding", "timeline"] as const;
export type ProgramChart = (typeof programCharts)[number];

// transparent: no background of its own (for a host page of any colour); texts follow the reader's light or dark preference.
export const embedThemes = ["auto", "light", "dark", "transparent"] as const;
export type EmbedTheme = (typeof embedThemes)[number];

export type ChartRef =
  | { kind: "compare"; params: CompareParams }
  | { kind: "timeline"; filters: TimelineFilters; asOf: string | null }
  | { kind: "map"; params: CompareParams }
  | { kind: "program"; slug: string; chart: ProgramChart; asOf: string | null };

/** The views whose figures charts show: a program chart is one of them narrowed to its program. */
export type ViewRef = Extract<ChartRef, { kind: "compare" | "timeline" | "map" }>;

export type ImageFormat = "png" | "svg";
export type DataFormat = "csv" | "json";

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function firstValue(query: SearchParamsInput, key: string): string | undefined {
  const values = paramRecord(query);
  const value = Object.hasOwn(values, key) ? values[key] : undefined;
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The pin of a chart: a well-formed day that is not in the future, kept as written (today included).
 * Anything else is the live chart.
 */
export function parsePin(query: SearchParamsInput, today: Date = new Date()): string | null {
  const value = firstValue(query, "asOf");
  if (value === undefined || !dayPattern.test(value)) return null;
  if (value === toIsoDay(today)) return value;
  return parseAsOf(value, today) ? value : null;
}

export function parseEmbedTheme(query: SearchParamsInput): EmbedTheme {
  const value = firstValue(query, "theme");
  return (embedThemes as readonly string[]).includes(value ?? "") ? (value as EmbedTheme) : "auto";
}

export function parseCompareRef(query: SearchParamsInput, today: Date = new Date()): RefOf<"compare"> {
  const params = parseCompareParams(query, today);
  return { kind: "compare", params: { ...params, view: "chart", asOf: parsePin(query, today) } };
}

/**
 * The map takes /compare's options (metric, currency, claims…); its view is always the chart, and
 * its scale always log: its colour classes are orders of magnitude, so that a $3 bn program and a
 * $500 bn one do not both fall in one pale class.
 */
export function parseMapRef(query: SearchParamsInput, today: Date = new Date()): RefOf<"map"> {
  const params = parseCompareParams(query, today);
  return { kind: "map", params: { ...params, view: "chart", scale: "log", asOf: parsePin(query, today) } };
}

export function parseTimelineRef(query: SearchParamsInput, today: Date = new Date()): RefOf<"timeline"> {
  return { kind: "timeline", filters: parseTimelineFilters(paramRecord(query)), asOf: parsePin(query, today) };
}

/** Null when the slug cannot name a program (the caller answers 404). */
export function parseProgramRef(slug: string, query: SearchParamsInput, today: Date = new Date()): RefOf<"program"> | null {
  if (!isSlug(slug)) return null;
  const chart = firstValue(query, "chart");
  return {
    kind: "program",
    slug,
    chart: (programCharts as readonly string[]).includes(chart ?? "") ? (chart as ProgramChart) : "funding",
    asOf: parsePin(query, today),
  };
}

/** A program chart as the compare or timeline view it narrows. */
export function resolveProgramRef(ref: Extract<ChartRef, { kind: "program" }>): ViewRef {
  return ref.chart === "funding"
    ? { kind: "compare", params: programCompareParams(ref.slug, ref.asOf) }
    : { kind: "timeline", filters: programTimelineFilters(ref.slug), asOf: ref.asOf };
}

/** A program's funding chart: every current money claim of that program, unverified ones marked. */
export function programCompareParams(slug: string, asOf: string | null): CompareParams {
  return { ...defaultCompareParams, programs: [slug], claims: "all", unverified: true, asOf };
}

/** A program's milestones chart: its lane of the timeline. */
export function programTimelineFilters(slug: string): TimelineFilters {
  return { program: [slug], status: [] };
}

function withQuery(path: string, query: URLSearchParams): string {
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

type NameOf = (slug: string) => string | undefined;

function names(slugs: readonly string[], nameOf: NameOf): string {
  return slugs
    .map(nameOf)
    .filter((name): name is string => name !== undefined)
    .join(", ");
}

const currencyNames = { usd: "US dollars", eur: "euros", original: "original currencies" } as const;
const metricWords = {
  money: (params: CompareParams) => `Money announced, in ${currencyNames[params.currency]}`,
  compute: () => "Compute announced",
  power: () => "Power announced",
  accelerators: () => "Accelerators announced",
} as const;

const statusWords: Record<string, string> = { overdue: "overdue" };

type RefOf<K extends ChartRef["kind"]> = Extract<ChartRef, { kind: K }>;

/** Everything that differs between chart kinds, apart from loading and drawing their figures. */
type ChartKind<R extends ChartRef> = {
  /** The chart's own options as a query (no theme, no format); the same on every surface. */
  query: (ref: R) => URLSearchParams;
  /** The public page that shows it. */
  page: (ref: R) => string;
  /** Its path below /embed/ and /api/v1/charts/. */
  route: (ref: R) => string;
  /** The compare, timeline or map view whose figures it shows. */
  view: (ref: R) => ViewRef;
  asOf: (ref: R) => string | null;
  withPin: (ref: R, asOf: string | null) => R;
  /** What a file of it is called before the day: the chart, then its main options (["compare", "funding", "usd"]). */
  fileName: (ref: R) => string[];
  /**
   * The title it carries on every surface outside its page (the embed's heading, the oEmbed answer,
   * the image). Names come from the caller; a slug without a name (unknown or not visible) is left out.
   */
  title: (ref: R, nameOf: NameOf) => string;
  /**
   * The height an embed reserves before it reports its own (a CMS that strips scripts keeps it, so
   * the chart, its folded sources and its date must fit). Measured at 680 px (OEMBED_WIDTH, the width the
   * charts are drawn for) on the seeded data, tallest program of each kind, plus about 10 % for the
   * figures the next announcements add; a smaller chart leaves space below it, which /embed.js takes
   * back where it runs (e2e checks the fit). A reader who opens the sources scrolls inside the frame.
   * Measured with the sources folded: timeline 668 px (compare 541 px keeps its 800), Stargate's funding 1,326 px,
   * the tallest program timeline (Genesis) 390 px.
   */
  embedHeight: (ref: R) => number;
  /**
   * The chart a path of this site names (its page or its embed; no trailing slash), read with the
   * URL's query; null when the path is not one of this kind's. parseChartUrl asks each kind in turn.
   */
  fromPath: (path: string, query: URLSearchParams, today: Date) => R | null;
};

/**
 * The chart kinds. Adding one: an entry here (its URLs are read by its `fromPath`), its view's loader
 * and its embed and image renderers.
 */
export const chartKinds: { [K in ChartRef["kind"]]: ChartKind<RefOf<K>> } = {
  compare: {
    query: (ref) => new URLSearchParams(serializeCompareParams({ ...ref.params, view: "chart" })),
    page: (ref) => withQuery("/compare", chartQuery(ref)),
    route: () => "compare",
    view: (ref) => ref,
    asOf: (ref) => ref.params.asOf,
    withPin: (ref, asOf) => ({ ...ref, params: { ...ref.params, asOf } }),
    fileName: ({ params }) => ["compare", ...metricFileName(params), ...(params.scale === "log" ? ["log"] : []), ...fewOf(params.programs)],
    title: ({ params }, nameOf) => {
      const what = metricWords[params.metric](params);
      const who = names(params.programs, nameOf);
      return who ? `${what}: ${who}` : `${what}, by program`;
    },
    embedHeight: () => 800,
    // The overview (/) shows /compare's default view.
    fromPath: (path, query, today) =>
      path === "/"
        ? { kind: "compare", params: { ...defaultCompareParams, asOf: parsePin(query, today) } }
        : path === "/compare" || path === "/embed/compare"
          ? parseCompareRef(query, today)
          : null,
  },
  timeline: {
    query: (ref) => timelineQuery(ref.filters, ref.asOf),
    page: (ref) => withQuery("/timeline", chartQuery(ref)),
    route: () => "timeline",
    view: (ref) => ref,
    asOf: (ref) => ref.asOf,
    withPin: (ref, asOf) => ({ ...ref, asOf }),
    fileName: ({ filters }) => ["timeline", ...fewOf(filters.program), ...filters.status],
    title: ({ filters }, nameOf) => {
      const statuses = filters.status.map((s) => statusWords[s] ?? s.replaceAll("_", " "));
      const what = statuses.length > 0 ? `Milestones (${statuses.join(", ")})` : "Milestones";
      const who = names(filters.program, nameOf);
      return who ? `${what}: ${who}` : `${what} of every program`;
    },
    embedHeight: () => 740,
    fromPath: (path, query, today) => (path === "/timeline" || path === "/embed/timeline" ? parseTimelineRef(query, today) : null),
  },
  map: {
    // The scale is always log (parseMapRef), so the address leaves it out.
    query: (ref) => new URLSearchParams(serializeCompareParams({ ...ref.params, view: "chart", scale: defaultCompareParams.scale })),
    page: (ref) => withQuery("/map", chartQuery(ref)),
    route: () => "map",
    view: (ref) => ref,
    asOf: (ref) => ref.params.asOf,
    withPin: (ref, asOf) => ({ ...ref, params: { ...ref.params, asOf } }),
    fileName: ({ params }) => ["map", ...metricFileName(params), ...fewOf(params.programs)],
    title: ({ params }, nameOf) => {
      const who = names(params.programs, nameOf);
      return `${metricWords[params.metric](params)}, by country${who ? `: ${who}` : ""}`;
    },
    // Measured at 680 px with the sources folded (the map, its legend and its list of countries).
    embedHeight: () => 900,
    fromPath: (path, query, today) => (path === "/map" || path === "/embed/map" ? parseMapRef(query, today) : null),
  },
  program: {
    query: (ref) => {
      const query = new URLSearchParams();
      if (ref.chart !== "funding") query.set("chart", ref.chart);
      if (ref.asOf) query.set("asOf", ref.asOf);
      return query;
    },
    page: (ref) => {
      const query = new URLSearchParams();
      if (ref.asOf) query.set("asOf", ref.asOf);
      return withQuery(`/programs/${ref.slug}`, query) + (ref.chart === "timeline" ? "#milestones" : "#funding");
    },
    route: (ref) => `program/${ref.slug}`,
    view: resolveProgramRef,
    asOf: (ref) => ref.asOf,
    withPin: (ref, asOf) => ({ ...ref, asOf }),
    fileName: (ref) => [ref.slug, ref.chart],
    title: (ref, nameOf) => {
      const name = nameOf(ref.slug) ?? "Program";
      return ref.chart === "funding" ? `${name}: money announced, in US dollars` : `${name}: milestones`;
    },
    embedHeight: (ref) => (ref.chart === "timeline" ? 430 : 1460),
    fromPath: (path, query, today) => {
      const program = /^\/(?:programs|embed\/program)\/([^/]+)$/.exec(path);
      // Slugs are plain ASCII; a percent-encoded segment cannot name a program.
      return program ? parseProgramRef(program[1]!, query, today) : null;
    },
  },
};

/** The entry of `ref`'s kind (TypeScript cannot relate the lookup to `ref` itself, hence the cast). */
function kindOf<R extends ChartRef>(ref: R): ChartKind<R> {
  return chartKinds[ref.kind] as unknown as ChartKind<R>;
}

export const chartQuery = (ref: ChartRef): URLSearchParams => kindOf(ref).query(ref);
export const pagePath = (ref: ChartRef): string => kindOf(ref).page(ref);
export const viewOf = (ref: ChartRef): ViewRef => kindOf(ref).view(ref);
export const asOfOf = (ref: ChartRef): string | null => kindOf(ref).asOf(ref);
export const chartTitle = (ref: ChartRef, nameOf: NameOf): string => kindOf(ref).title(ref, nameOf);
export const defaultEmbedHeight = (ref: ChartRef): number => kindOf(ref).embedHeight(ref);

/** The same chart pinned to `asOf` (a YYYY-MM-DD day), or made live again with null. */
export function withPin<R extends ChartRef>(ref: R, asOf: string | null): R {
  return kindOf(ref).withPin(ref, asOf);
}

/** "funding", "usd" for money; the metric alone for the others. */
function metricFileName(params: CompareParams): string[] {
  return params.metric === "money" ? ["funding", params.currency] : [params.metric];
}

/** Up to three programs by slug, then how many more (a file name stays short). */
function fewOf(slugs: readonly string[]): string[] {
  return slugs.length > 3 ? [...slugs.slice(0, 3), `${slugs.length - 3}-more`] : [...slugs];
}

/**
 * "compute-atlas_compare_funding_usd_2026-12-06": the chart, its main options and the day its data
 * is as of, parts joined by "_"; ASCII only, whatever the options held.
 */
export function fileStemOf(ref: ChartRef, day: string): string {
  return ["compute-atlas", ...kindOf(ref).fileName(ref), day]
    .map((part) => part.toLowerCase().replace(/[^a-z0-9-]+/g, "-"))
    .join("_")
    .slice(0, 150);
}

/** The framable widget: /embed/compare, /embed/timeline, /embed/map, /embed/program/[slug]. */
export function embedPath(ref: ChartRef, theme: EmbedTheme = "auto"): string {
  const query = chartQuery(ref);
  if (theme !== "auto") query.set("theme", theme);
  return withQuery(`/embed/${kindOf(ref).route(ref)}`, query);
}

/** The chart as a PNG or SVG file, drawn on the server with its title, sources and date. */
export function imagePath(ref: ChartRef, format: ImageFormat): string {
  const query = chartQuery(ref);
  query.set("format", format);
  return withQuery(`/api/v1/charts/${kindOf(ref).route(ref)}`, query);
}

// The map's data is its country rows, from its own route (format=csv or json beside png and svg).
const dataRoutes: Record<ViewRef["kind"], string> = {
  compare: "/api/v1/compare",
  timeline: "/api/v1/milestones",
  map: "/api/v1/charts/map",
};

/** The figures the chart shows, with their sources, from the public API. */
export function dataPath(ref: ChartRef, format: DataFormat): string {
  const view = viewOf(ref);
  const query = chartQuery(view);
  query.set("format", format);
  return withQuery(dataRoutes[view.kind], query);
}

/**
 * The chart a URL of this site shows: a chart page (/, /compare, /timeline, /map, /programs/[slug]) or
 * an embed. Null for anything else. The caller checks the URL's origin is ours.
 */
export function parseChartUrl(url: URL, today: Date = new Date()): { ref: ChartRef; theme: EmbedTheme } | null {
  const path = url.pathname.replace(/\/+$/, "") || "/";
  for (const kind of Object.values(chartKinds)) {
    const ref = kind.fromPath(path, url.searchParams, today);
    if (ref) return { ref, theme: parseEmbedTheme(url.searchParams) };
  }
  return null;
}
