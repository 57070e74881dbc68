import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { applyMigrations } from "../../lib/migrate/apply-migrations";

export type TestDatabase = { url: string; drop(): Promise<void> };

function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

async function onAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the test server; `migrated` applies prisma/migrations to it. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `atlas_test_${randomBytes(6).toString("hex")}`;
  await onAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(inject("adminDatabaseUrl"), name);
  if (options.migrated) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await applyMigrations(client).finally(() => client.end());
  }
  return {
    url,
    drop: () => onAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}
