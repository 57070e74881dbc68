import type { PrismaClient } from "@/lib/prisma-client";
import { buildCompareChart } from "@/lib/charts/compare-chart";
import { defaultCompareParams, foldProgramSelection, type CompareParams } from "@/lib/dashboard/compare-params";
import type { CompareChart } from "@/lib/charts/compare-types";
import { loadCapacityClaims, loadFundingClaims } from "./compare-claims";
import { loadReferenceRates } from "./reference-rates";
import { visibleProgram } from "./visibility";
import { asOfDay, parseAsOf, type KnownBy } from "@/lib/dashboard/as-of";

export type ProgramOption = { slug: string; name: string };

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
  const [programs, claims, rates] = await Promise.all([
    db.program.findMany({
      where: visibleProgram(knownBy),
      orderBy: [{ announcedOn: "asc" }, { slug: "asc" }],
      select: { slug: true, name: true },
    }),
    money ? loadFundingClaims(db, params, knownBy) : loadCapacityClaims(db, params, knownBy),
    money ? loadReferenceRates(db) : Promise.resolve([]),
  ]);
  const slugs = programs.map((p) => p.slug);
  const folded = foldProgramSelection(params, slugs);
  return {
    params: folded,
    programs,
    unknownPrograms: folded.programs.filter((slug) => !slugs.includes(slug)),
    chart: buildCompareChart(claims, folded, rates, slugs),
  };
}

/** The overview's budget comparison: each program's headline money, in US dollars. */
export function loadBudgetChart(db: PrismaClient, knownBy: KnownBy): Promise<CompareData> {
  return loadCompare(db, { ...defaultCompareParams, asOf: asOfDay(knownBy) }, knownBy);
}
