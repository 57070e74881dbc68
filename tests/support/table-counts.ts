// Row counts of every table an editor's action may write, to prove that a refused action wrote nothing.
import type { PrismaClient } from "../../lib/prisma-client";

export const EDITABLE_TABLES = [
  "source",
  "organization",
  "program",
  "announcement",
  "participation",
  "funding_claim",
  "capacity_claim",
  "milestone",
  "milestone_revision",
  "exchange_rate",
  "program_status_change",
  "audit_event",
] as const;

export async function tableCounts(db: PrismaClient): Promise<Record<string, number>> {
  const union = EDITABLE_TABLES.map((table) => `SELECT '${table}' AS t, count(*)::int AS n FROM "${table}"`).join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<Array<{ t: string; n: number }>>(union);
  return Object.fromEntries(rows.map((row) => [row.t, row.n]));
}
