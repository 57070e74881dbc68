import type { PrismaClient } from "@/lib/prisma-client";
import { buildCompareChart } from "@/lib/charts/compare-chart";
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
 * metric, reference rates) whatever the number of programs.
 */
export async function loadCompare(db: PrismaClient, params: CompareParams, knownBy: KnownBy): Promise<CompareData> {
  const money = params.metric === "money";
  const every = { ...params, programs: [] };
  const [programs, claims, rates] = await Promise.all([
    db.program.findMany({
      where: visibleProgram(knownBy),
      orderBy: [{ announcedOn: "asc" }, { slug: "asc" }],
      select: { slug: true, name: true },
    }),
    // Every program's claims: the default selection ranks them all.
    money ? loadFundingClaims(db, every, knownBy) : loadCapacityClaims(db, every, knownBy),
    money ? loadReferenceRates(db) : Promise.resolve([]),
  ]);
  const slugs = programs.map((p) => p.slug);
  const byDefault = slugs.length <= topCount ? slugs : largestPrograms(buildCompareChart(claims, every, rates, slugs));
  const folded = foldProgramSelection(params, byDefault);
  const shown = folded.programs.length > 0 ? folded.programs : byDefault;
  const chosen = new Set(shown);
  const drawn = claims.filter((claim) => chosen.has(claim.programSlug));
  const chart = buildCompareChart(drawn, folded, rates, slugs);
  const limited = folded.programs.length === 0 && byDefault.length < slugs.length;
  return {
    params: folded,
    programs,
    unknownPrograms: folded.programs.filter((slug) => !slugs.includes(slug)),
    chart: limited ? { ...chart, notes: [...chart.notes, topNote(byDefault.length, slugs.length)] } : chart,
  };
}

/**
 * The `topCount` largest programs of a chart, by its first panel (one unit, so the figures
 * compare), then by its next panels. Largest means a program's largest drawn figure; programs with
 * nothing drawn are left out.
 */
export function largestPrograms(chart: CompareChart): string[] {
  const ranked: string[] = [];
  for (const panel of chart.panels) {
    const largest = new Map<string, number>();
    for (const row of panel.rows) {
      if (row.value) largest.set(row.programSlug, Math.max(largest.get(row.programSlug) ?? -Infinity, row.value.high));
    }
    const order = [...largest].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [slug] of order) if (!ranked.includes(slug)) ranked.push(slug);
  }
  return ranked.slice(0, topCount).sort();
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
