// The map's figures: the comparison for its options (lib/data/compare.ts) and where each visible
// program sits. One query more than /compare, whatever the number of programs.
import type { PrismaClient } from "@/lib/prisma-client";
import type { KnownBy } from "@/lib/dashboard/as-of";
import type { CompareParams } from "@/lib/dashboard/compare-params";
import { buildMapModel, type MapModel } from "@/lib/charts/map-model";
import { loadCompare, type CompareData } from "./compare";
import { visibleProgram } from "./visibility";

export type MapData = CompareData & { map: MapModel };

export async function loadMap(db: PrismaClient, params: CompareParams, knownBy: KnownBy): Promise<MapData> {
  const [compare, located] = await Promise.all([
    loadCompare(db, params, knownBy, { every: true }),
    db.program.findMany({ where: visibleProgram(knownBy), select: { slug: true, name: true, country: true } }),
  ]);
  // The map places the programs the options select (all of them by default), like the chart.
  const chosen = new Set(compare.params.programs);
  const shown = chosen.size === 0 ? located : located.filter((p) => chosen.has(p.slug));
  return { ...compare, map: buildMapModel(compare.chart, shown) };
}
