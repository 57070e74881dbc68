// npm run db:migration:new -- <name>
// Writes the next migration the way `prisma migrate dev --create-only` would: replays the
// existing migrations on a throwaway PostgreSQL cluster, then asks Prisma's schema engine for
// the SQL that brings it to prisma/schema.prisma.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../lib/migrate/apply-migrations";
import { defaultMigrationsDir } from "../lib/migrate/migration-files";
import { diffDatabaseToSchema } from "../lib/migrate/schema-engine";
import { startCluster } from "../tests/support/postgres-cluster";

const name = process.argv
  .slice(2)
  .join(" ")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration:new -- <name>");
  process.exit(2);
}

// A real server: the schema engine panics on some of PGlite's catalog answers.
const database = await startCluster();
try {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await applyMigrations(client);
  await client.end();
  const sql = await diffDatabaseToSchema(database.url);
  if (!sql) {
    console.log("schema.prisma matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(defaultMigrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  database.stop();
}
