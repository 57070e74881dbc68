import { randomBytes } from "node:crypto";
import type pg from "pg";
import { inject } from "vitest";
import { applyMigrations } from "../../lib/migrate/apply-migrations";
import { withPgClient } from "./pg-client";

export type TestDatabase = { url: string; drop(): Promise<void> };

function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

const onAdmin = <T>(run: (client: pg.Client) => Promise<T>) => withPgClient(inject("adminDatabaseUrl"), run);

/** A new, empty database on the test server; `migrated` applies prisma/migrations to it. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `atlas_test_${randomBytes(6).toString("hex")}`;
  await onAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(inject("adminDatabaseUrl"), name);
  if (options.migrated) await withPgClient(url, (client) => applyMigrations(client));
  return {
    url,
    drop: () => onAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}
