// The /compare page's state, read from and written to the URL. Parsing never fails: a bad value
// falls back to its default, so an edited or stale permalink still opens a page. Serializing writes
// only what differs from the defaults, in a fixed order, so one view has exactly one address.
import { z } from "zod";
import { capacityKinds, fundingKinds } from "@/lib/core/vocabulary";
import { asOfDay, parseAsOf } from "./as-of";
import type { CanonicalQuery } from "./canonical-query";
import { foldSelection } from "./program-selection";
import { paramRecord, type SearchParamsInput } from "./search-params";
import { isSlug } from "@/lib/core/slug";

export const compareMetrics = ["money", "compute", "power", "accelerators"] as const;
export const compareCurrencies = ["usd", "eur", "original"] as const;
export const compareScales = ["linear", "log"] as const;
export const compareClaimSets = ["headline", "all"] as const;
export const compareViews = ["chart", "table"] as const;

export type CompareMetric = (typeof compareMetrics)[number];
export type CompareCurrency = (typeof compareCurrencies)[number];
export type FundingKind = (typeof fundingKinds)[number];
export type CapacityKind = (typeof capacityKinds)[number];

export type CompareParams = {
  /** Program slugs, sorted; empty means every program. */
  programs: string[];
  metric: CompareMetric;
  currency: CompareCurrency;
  scale: (typeof compareScales)[number];
  /** "headline": each program's headline figures; "all": every current claim. */
  claims: (typeof compareClaimSets)[number];
  /** Funding kinds drawn for money, in vocabulary order; all of them by default. */
  funding: FundingKind[];
  /** Capacity kinds drawn for compute, power and accelerators; all of them by default. */
  capacity: CapacityKind[];
  /** Also draw unverified and disputed claims (marked as such). */
  unverified: boolean;
  view: (typeof compareViews)[number];
  /** A past view, YYYY-MM-DD; null for today. */
  asOf: string | null;
};

export const defaultCompareParams: CompareParams = {
  programs: [],
  metric: "money",
  currency: "usd",
  scale: "linear",
  claims: "headline",
  funding: [...fundingKinds],
  capacity: [...capacityKinds],
  unverified: false,
  view: "chart",
  asOf: null,
};

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

// Repeated keys (what a GET form sends) and comma-separated values both count.
function list(value: unknown): string[] {
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === "string").flatMap((v) => v.split(","));
}

function oneOf<T extends string>(values: readonly T[], fallback: T) {
  return z.preprocess(first, z.enum(values as [T, ...T[]])).catch(fallback);
}

// Keeps the known values in vocabulary order; none (or none known) means all, as an unticked
// checkbox group would otherwise filter everything away.
function subsetOf<T extends string>(values: readonly T[]) {
  return z
    .preprocess(list, z.array(z.string()))
    .transform((given) => {
      const kept = values.filter((v) => given.includes(v));
      return kept.length === 0 ? [...values] : kept;
    })
    .catch([...values]);
}

const schema = z.object({
  program: z
    .preprocess(list, z.array(z.string()))
    .transform((slugs) => [...new Set(slugs.filter(isSlug))].sort())
    .catch([]),
  metric: oneOf(compareMetrics, defaultCompareParams.metric),
  currency: oneOf(compareCurrencies, defaultCompareParams.currency),
  scale: oneOf(compareScales, defaultCompareParams.scale),
  claims: oneOf(compareClaimSets, defaultCompareParams.claims),
  funding: subsetOf(fundingKinds),
  capacity: subsetOf(capacityKinds),
  unverified: z
    .preprocess(first, z.enum(["1", "on", "true"]))
    .transform(() => true)
    .catch(false),
  view: oneOf(compareViews, defaultCompareParams.view),
  asOf: z.unknown().optional(),
});

function toRecord(input: SearchParamsInput): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(paramRecord(input)).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined),
  );
}

/** The page's options from a query; never throws, bad values become defaults. */
export function parseCompareParams(input: SearchParamsInput, today: Date = new Date()): CompareParams {
  const parsed = schema.safeParse(toRecord(input));
  // Every field catches its own errors; this guards the object itself, so a page always opens.
  if (!parsed.success) return { ...defaultCompareParams };
  const raw = parsed.data;
  const asOfValue = first(raw.asOf);
  const knownBy = parseAsOf(typeof asOfValue === "string" ? asOfValue : undefined, today);
  const { program, ...rest } = raw;
  return { ...rest, programs: program, asOf: asOfDay(knownBy) };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** The query string (without "?") holding only what differs from the defaults. */
export function serializeCompareParams(params: CompareParams): string {
  const query = new URLSearchParams();
  const d = defaultCompareParams;
  for (const slug of params.programs) query.append("program", slug);
  if (params.metric !== d.metric) query.set("metric", params.metric);
  if (params.currency !== d.currency) query.set("currency", params.currency);
  if (params.scale !== d.scale) query.set("scale", params.scale);
  if (params.claims !== d.claims) query.set("claims", params.claims);
  if (!sameList(params.funding, d.funding)) for (const kind of params.funding) query.append("funding", kind);
  if (!sameList(params.capacity, d.capacity)) for (const kind of params.capacity) query.append("capacity", kind);
  if (params.unverified) query.set("unverified", "1");
  if (params.view !== d.view) query.set("view", params.view);
  if (params.asOf) query.set("asOf", params.asOf);
  return query.toString();
}

/** A link to /compare (or another path taking the same options) with these options. */
export function compareHref(params: CompareParams, path = "/compare"): string {
  const query = serializeCompareParams(params);
  return query ? `${path}?${query}` : path;
}

/**
 * Ticking every program the page offers is the same view as ticking none: fold it to the default
 * so that view keeps one address. `offered` are the slugs listed in the form.
 */
export function foldProgramSelection(params: CompareParams, offered: readonly string[]): CompareParams {
  return { ...params, programs: foldSelection(params.programs, offered) };
}

/** The query as received, in the same form as serializeCompareParams, to tell whether to redirect. */
export function receivedQuery(input: SearchParamsInput): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(toRecord(input))) {
    // Framework-internal parameters (Next's "_rsc" on client navigations) are not the reader's.
    if (key.startsWith("_")) continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(key, v);
  }
  return query.toString();
}

/**
 * serializeCompareParams's rules for the options form to build the same address in the browser.
 * `defaultPrograms`: the program ticks that mean "the default selection" (none when unknown).
 */
export function compareCanonicalQuery(defaultPrograms: readonly string[]): CanonicalQuery {
  const d = defaultCompareParams;
  const defaults: Record<string, string[]> = {
    metric: [d.metric],
    currency: [d.currency],
    scale: [d.scale],
    claims: [d.claims],
    funding: [...d.funding],
    capacity: [...d.capacity],
  };
  if (defaultPrograms.length > 0) defaults.program = [...defaultPrograms];
  const order = ["program", "metric", "currency", "scale", "claims", "funding", "capacity", "unverified", "view", "asOf"];
  return { order, defaults, sorted: ["program"] };
}
