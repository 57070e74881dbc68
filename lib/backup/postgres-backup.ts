// Backup and restore of a PostgreSQL database (DATABASE_URL) with pg_dump's custom format.
import { chmod, mkdir, open } from "node:fs/promises";
import path from "node:path";
import type { ClientBase } from "pg";
import pg from "pg";
import { assertToolCanDump, BackupError, pgBinary, redactUrl, runPgTool, toolMajor } from "./pg-tools";

// Schemas a fresh database already has; anything in another schema means "not empty".
const systemSchemas = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;

async function withClient<T>(url: string, work: (client: ClientBase) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`Cannot connect to ${redactUrl(url)}: ${(error as Error).message}`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** `pg_dump -Fc` of the database at `url` into `file`. */
export async function backupPostgres(url: string, file: string): Promise<void> {
  const binary = pgBinary("pg_dump");
  const serverMajor = await withClient(url, async (c) =>
    Math.floor(Number((await c.query("SHOW server_version_num")).rows[0].server_version_num) / 10000),
  );
  assertToolCanDump(binary, await toolMajor(binary), serverMajor);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  // Created empty and owner-only first, so pg_dump never writes the data into a readable file.
  await (await open(file, "w", 0o600)).close();
  await chmod(file, 0o600);
  await runPgTool(binary, ["--format=custom", `--file=${file}`], url);
}

/** What the database at `url` already holds: tables, views, sequences, types, functions. */
export async function existingObjects(client: ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${systemSchemas} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    UNION ALL
    SELECT n.nspname || '.' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE ${systemSchemas} AND t.typtype IN ('e', 'd', 'r', 'm')
    UNION ALL
    SELECT n.nspname || '.' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE ${systemSchemas}
    ORDER BY 1`);
  return rows.map((r) => r.name);
}

/**
 * pg_restore of `file` into the database at `url`, all or nothing. The target must be empty: a
 * restore never merges into live data (create a new database, restore, then switch to it).
 */
export async function restorePostgres(url: string, file: string): Promise<void> {
  await assertDumpFile(file);
  const present = await withClient(url, existingObjects);
  if (present.length > 0) {
    const some = present.slice(0, 5).join(", ");
    throw new BackupError(
      `Refusing to restore into ${redactUrl(url)}: it is not empty (${present.length} objects, e.g. ` +
        `${some}). Restore into a new, empty database.`,
    );
  }
  const binary = pgBinary("pg_restore");
  // Owners and grants of the source's roles may not exist here; the restoring role owns everything.
  await runPgTool(binary, ["--exit-on-error", "--single-transaction", "--no-owner", "--no-privileges", file], url);
}

// pg_dump's custom format starts with "PGDMP"; say so early rather than through pg_restore.
async function assertDumpFile(file: string): Promise<void> {
  const handle = await open(file, "r").catch(() => {
    throw new BackupError(`No backup file at ${file}.`);
  });
  try {
    const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    if (buffer.toString("latin1") !== "PGDMP") {
      throw new BackupError(
        `${file} is not a pg_dump custom-format file (was it made from the embedded database? Then unset DATABASE_URL to restore it).`,
      );
    }
  } finally {
    await handle.close();
  }
}
