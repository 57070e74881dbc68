// Every table's row count and content hash, over a pg connection: tables come from the catalogue
// (so `_prisma_migrations` and tables added later are covered), not from a list.
import type pg from "pg";

export type Fingerprint = Record<string, string>;

/** `filters` narrows a table's rows with a WHERE clause on alias `t`. */
export async function databaseFingerprint(client: pg.ClientBase, filters: Record<string, string> = {}): Promise<Fingerprint> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
  );
  const sums: Fingerprint = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const where = filters[name] ? `WHERE ${filters[name]}` : "";
    const { rows } = await client.query<{ n: string; sum: string | null }>(
      `SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS sum FROM ${quoted} t ${where}`,
    );
    sums[name] = `${rows[0]?.n ?? 0}:${rows[0]?.sum ?? "-"}`;
  }
  return sums;
}
