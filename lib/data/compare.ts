import type { PrismaClient } from "@/lib/prisma-client";
import { buildCompareChart } from "@/lib/charts/compare-chart";
import { inColourOrder } from "@/lib/charts/program-colour";
import { defaultCompareParams, foldProgramSelection, type CompareParams } from "@/lib/dashboard/compare-params";
import type { CompareChart } from "@/lib/charts/compare-types";
import { loadCapacityClaims, loadFundingClaims } from "./compare-claims";
import { loadReferenceRates } from "./reference-rates";
import { visibleProgram } from "./visibility";
import { asOfDay, parseAsOf, type KnownBy } from "@/lib/dashboard/as-of";

export type ProgramOption = { slug: string; name: string };

/** With more programs than this, choosing none draws only this many: the largest by the chosen metric. */
export const topCount = 10;

export type CompareData = {
  /** The options as the page should show them (ticking every program folds to "all"). */
  params: CompareParams;
  /** Programs a reader may choose, in the order the chart lists them. */
  programs: ProgramOption[];
  /** The programs drawn when none are chosen: all of a short list, else the largest (the picker lists them). */
  byDefault: string[];
  /** Chosen slugs that name no visible program (misspelt, unpublished, or later than asOf). */
  unknownPrograms: string[];
  chart: CompareChart;
};

/** The past-view date of the options, as the visibility rule reads it (null: today). */
export function knownByOf(params: CompareParams, today: Date = new Date()): KnownBy {
  return parseAsOf(params.asOf ?? undefined, today);
}

/**
 * The comparison for these options, as known by `knownBy`. Three queries (programs, claims of the
 * metric, reference rates) whatever the number of programs. `every`: choosing none draws every
 * program whatever their number (the map, which must not call the others figureless).
 */
export async function loadCompare(
  db: PrismaClient,
  params: CompareParams,
  knownBy: KnownBy,
  options: { every?: boolean } = {},
): Promise<CompareData> {
  const money = params.metric === "money";
  const every = { ...params, programs: [] };
  const [programs, claims, rates] = await Promise.all([
    db.program.findMany({
      where: visibleProgram(knownBy),
      orderBy: [{ announcedOn: "asc" }, { slug: "asc" }],
      select: { slug: true, name: true, publishedAt: true },
    }),
    // Every program's claims: the default selection ranks them all.
    money ? loadFundingClaims(db, every, knownBy) : loadCapacityClaims(db, every, knownBy),
    money ? loadReferenceRates(db) : Promise.resolve([]),
  ]);
  const slugs = programs.map((p) => p.slug);
  const colourOrder = inColourOrder(programs).map((p) => p.slug);
  const byDefault =
    options.every || slugs.length <= topCount ? slugs : largestPrograms(buildCompareChart(claims, every, rates, slugs, colourOrder));
  const folded = foldProgramSelection(params, byDefault);
  const shown = folded.programs.length > 0 ? folded.programs : byDefault;
  const chosen = new Set(shown);
  const drawn = claims.filter((claim) => chosen.has(claim.programSlug));
  const chart = buildCompareChart(drawn, folded, rates, slugs, colourOrder);
  const limited = folded.programs.length === 0 && byDefault.length < slugs.length;
  return {
    params: folded,
    programs: programs.map(({ slug, name }) => ({ slug, name })),
    byDefault,
    unknownPrograms: folded.programs.filter((slug) => !slugs.includes(slug)),
    chart: limited ? { ...chart, notes: [...chart.notes, topNote(byDefault.length, slugs.length)] } : chart,
  };
}

/**
 * The `topCount` largest programs of a chart. Each panel (one unit, so its figures compare) ranks
 * its programs by their largest drawn figure; the panels then take turns (the largest of each, then
 * the second of each, …), so no panel's programs crowd out another's. Programs with nothing drawn
 * are left out.
 */
export function largestPrograms(chart: CompareChart): string[] {
  const rankings = chart.panels.map((panel) => {
    const largest = new Map<string, number>();
    for (const row of panel.rows) {
      if (row.value) largest.set(row.programSlug, Math.max(largest.get(row.programSlug) ?? -Infinity, row.value.high));
    }
    return [...largest].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([slug]) => slug);
  });
  const ranked = new Set<string>();
  const turns = Math.max(0, ...rankings.map((ranking) => ranking.length));
  for (let turn = 0; turn < turns && ranked.size < topCount; turn++) {
    for (const ranking of rankings) if (turn < ranking.length && ranked.size < topCount) ranked.add(ranking[turn]!);
  }
  return [...ranked].sort();
}

/** The programs the view shows (ticked in its form): the chosen ones, else all, else the largest drawn. */
export function shownPrograms({ params, programs, chart }: CompareData): string[] {
  if (params.programs.length > 0) return params.programs;
  if (programs.length <= topCount) return programs.map((p) => p.slug);
  return [...new Set(chart.rows.map((row) => row.programSlug))].sort();
}

function topNote(shown: number, all: number): string {
  return `${shown} of ${all} programs drawn: the largest by this measure. Choose others under “Programs”.`;
}

/** The overview's budget comparison: each program's headline money, in US dollars. */
export function loadBudgetChart(db: PrismaClient, knownBy: KnownBy): Promise<CompareData> {
  return loadCompare(db, { ...defaultCompareParams, asOf: asOfDay(knownBy) }, knownBy);
}
