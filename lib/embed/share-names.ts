// The names of the programs a chart may show, for its title: the programs visible on the chart's
// pin (or today), one query. A slug missing here names no program a reader may see.
import type { PrismaClient } from "@/lib/prisma-client";
import { visibleProgram } from "@/lib/data/visibility";
import { parseAsOf } from "@/lib/dashboard/as-of";
import { asOfOf, type ChartRef } from "@/lib/charts/chart-ref";

export async function loadProgramNames(db: PrismaClient, ref: ChartRef, today: Date = new Date()): Promise<Map<string, string>> {
  const knownBy = parseAsOf(asOfOf(ref) ?? undefined, today);
  const programs = await db.program.findMany({ where: visibleProgram(knownBy), select: { slug: true, name: true } });
  return new Map(programs.map((p) => [p.slug, p.name]));
}
