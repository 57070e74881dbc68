// A fingerprint of every row of every table in the database: each table's row count and content
// hash, to prove that a refused action wrote nothing at all (not only in the table it meant to
// change; a stray UPDATE passes a row count), or that a restore brought back every row. Tables
// come from the catalogue, not a list, so `_prisma_migrations` and tables added later are covered.
import type pg from "pg";
import type { PrismaClient } from "../../lib/prisma-client";

export type Checksums = Record<string, string>;

/** Over the app's Prisma client or a pg connection; `filters` narrows a table's rows with a WHERE clause on alias `t`. */
export async function tableChecksums(db: PrismaClient | pg.ClientBase, filters: Record<string, string> = {}): Promise<Checksums> {
  const rows = async <T>(sql: string): Promise<T[]> =>
    "$queryRawUnsafe" in db ? db.$queryRawUnsafe<T[]>(sql) : (await db.query(sql)).rows;
  const tables = await rows<{ name: string }>(
    `SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
  );
  const sums: Checksums = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const where = filters[name] ? `WHERE ${filters[name]}` : "";
    const [row] = await rows<{ n: bigint | string; sum: string | null }>(
      `SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS sum FROM ${quoted} t ${where}`,
    );
    sums[name] = `${row?.n ?? 0}:${row?.sum ?? "-"}`;
  }
  return sums;
}
