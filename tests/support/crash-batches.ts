// Shared by the crash writer (child process) and the test that kills it.
import type pg from "pg";

export const CRASH_BATCH_SIZE = 4;
export const crashBatchPublisher = (batch: number) => `crash-batch-${batch}`;

/** Per table: row count and content hash, leaving out the crash writer's own rows. */
export async function seededChecksums(client: pg.ClientBase): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
  );
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const filter = name === "source" ? `WHERE t.publisher NOT LIKE 'crash-batch-%'` : "";
    const { rows } = await client.query<{ n: string; sum: string | null }>(
      `SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS sum FROM ${quoted} t ${filter}`,
    );
    sums[name] = `${rows[0]?.n ?? 0}:${rows[0]?.sum ?? "-"}`;
  }
  return sums;
}
