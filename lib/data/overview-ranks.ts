// The overview's ranked small multiples: for each metric, the programs with the largest figure (the
// explorer's sort rule: one stated figure per program, never a sum), and how many programs have one.
// A fixed number of queries whatever the number of programs: the explorer's keys, then the shown
// programs' claims and sources in one batch.
import type { PrismaClient } from "@/lib/prisma-client";
import { programColours } from "@/lib/charts/program-colour";
import { type KnownBy } from "@/lib/dashboard/as-of";
import type { ProgramMetric } from "@/lib/dashboard/programs-params";
import { loadProgramKeys } from "./programs-keys";
import { sortPrograms } from "./programs-sort";
import { loadPagePrograms, type ProgramRowDto } from "./programs-table";
import { loadReferenceRates } from "./reference-rates";
import { visibleProgram } from "./visibility";

export const rankedMetrics = ["public", "private", "power", "accelerators", "overdue"] as const satisfies ProgramMetric[];
export type RankedMetric = (typeof rankedMetrics)[number];

/** `colour`: the program's colour on every chart of the day (lib/charts/program-colour.ts). */
export type MetricRank = { metric: RankedMetric; rows: (ProgramRowDto & { colour: string })[]; count: number };

export const RANK_TOP = 5;

export async function loadOverviewRanks(db: PrismaClient, knownBy: KnownBy, top = RANK_TOP): Promise<MetricRank[]> {
  const rates = await loadReferenceRates(db);
  const keys = await loadProgramKeys(db, knownBy, visibleProgram(knownBy), rates);
  const ranked = rankedMetrics.map((metric) => {
    const having = keys.filter((key) => (metric === "overdue" ? key.overdue > 0 : key[metric] !== null));
    return { metric, count: having.length, top: sortPrograms(having, { sort: metric, dir: "desc" }).slice(0, top) };
  });
  const shown = [...new Map(ranked.flatMap((r) => r.top).map((key) => [key.slug, key])).values()];
  const details = await loadPagePrograms(db, knownBy, shown, rates);
  // Over every program of the day (keys come in colour order), as the compare charts assign them.
  const colours = programColours(
    keys.map((key) => key.slug),
    shown.map((key) => key.slug),
  );
  return ranked.map(({ metric, count, top: list }) => ({
    metric,
    count,
    rows: list.map((key) => ({
      ...details.get(key.slug)!,
      overdue: key.overdue,
      late: key.late,
      onTime: key.onTime,
      colour: colours[key.slug]!,
    })),
  }));
}
