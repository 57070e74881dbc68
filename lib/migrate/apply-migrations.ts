import { randomUUID } from "node:crypto";
import type { ClientBase } from "pg";
import { unapprovedDestructive } from "./destructive-changes";
import { readMigrations, type MigrationFile } from "./migration-files";

// The bookkeeping table exactly as Prisma's schema engine creates it.
const createHistoryTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// Prisma takes this advisory lock so two deploys never interleave; taking the same key keeps
// our runner and `prisma migrate deploy` mutually exclusive too.
const advisoryLockKey = 72707369;

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export class MigrationError extends Error {}

/** Applies every migration not yet recorded, the way `prisma migrate deploy` does. Returns the names applied. */
export async function applyMigrations(client: ClientBase, migrations?: MigrationFile[]): Promise<string[]> {
  const files = migrations ?? (await readMigrations());
  await client.query(createHistoryTable);
  await client.query("SELECT pg_advisory_lock($1)", [advisoryLockKey]);
  try {
    const history = await readHistory(client);
    assertHistoryIsSound(files, history);
    const applied = new Set(history.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
    const pending = files.filter((f) => !applied.has(f.name));
    assertNoUnapprovedDestructive(pending);
    for (const file of pending) await applyOne(client, file);
    return pending.map((f) => f.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [advisoryLockKey]);
  }
}

async function readHistory(client: ClientBase): Promise<HistoryRow[]> {
  const { rows } = await client.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  return rows;
}

function assertHistoryIsSound(files: MigrationFile[], history: HistoryRow[]): void {
  const failed = history.find((r) => !r.finished_at && !r.rolled_back_at);
  if (failed) {
    throw new MigrationError(`Migration ${failed.migration_name} failed earlier; fix the database, then mark it rolled back.`);
  }
  const byName = new Map(files.map((f) => [f.name, f]));
  for (const row of history) {
    if (row.rolled_back_at) continue;
    const file = byName.get(row.migration_name);
    if (!file) throw new MigrationError(`Migration ${row.migration_name} is applied but missing from prisma/migrations.`);
    if (file.checksum !== row.checksum) {
      throw new MigrationError(`Migration ${row.migration_name} was edited after it was applied; add a new migration instead.`);
    }
  }
}

// The unit test stops an unapproved destructive migration in CI; checking again here stops it
// on every database too, production included, should a build skip the tests or someone copy a
// migration in by hand. Only pending migrations are checked: applied ones are history.
function assertNoUnapprovedDestructive(pending: MigrationFile[]): void {
  const problems = unapprovedDestructive(pending);
  if (problems.length > 0) throw new MigrationError(`Nothing applied. ${problems.join("\n")}`);
}

async function applyOne(client: ClientBase, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
    [id, file.checksum, file.name],
  );
  try {
    // One multi-statement script runs as one implicit transaction: all of it or none of it.
    await client.query(file.sql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
    throw new MigrationError(`Migration ${file.name} failed: ${message}`);
  }
  await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
}
