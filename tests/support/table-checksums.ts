// A fingerprint of every row of every table in the database, to prove that a refused action wrote
// nothing at all (not only in the table it meant to change). Tables are discovered, not listed, so
// tables added later are covered too.
import type { PrismaClient } from "../../lib/prisma-client";

export type Checksums = Record<string, string>;

export async function tableChecksums(db: PrismaClient): Promise<Checksums> {
  const tables = await db.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
  );
  const sums: Checksums = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [row] = await db.$queryRawUnsafe<Array<{ n: bigint; sum: string | null }>>(
      `SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS sum FROM ${quoted} t`,
    );
    sums[name] = `${row?.n ?? 0}:${row?.sum ?? "-"}`;
  }
  return sums;
}
