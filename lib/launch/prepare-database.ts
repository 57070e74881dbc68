import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../embedded-db";
import type { Env } from "../env";
import { applyMigrations } from "../migrate/apply-migrations";
import { createPrismaClient } from "../prisma-client";
import { ensurePrivateDir } from "../security/private-dir";
import { seedDatabase } from "../seed/seed-database";
import { describeConnectionProblem } from "./database-problem";

export class StartupError extends Error {}

export type PreparedDatabase = { url: string; description: string; stop(): Promise<void> };

/** The database the app will use, reachable, migrated, and seeded when it holds no program yet. */
export async function prepareDatabase(env: Env): Promise<PreparedDatabase> {
  const database = env.DATABASE_URL ? external(env.DATABASE_URL) : await embedded(env.ATLAS_DATA_DIR);
  try {
    await migrate(database.url);
    await seedIfEmpty(database.url);
    return database;
  } catch (error) {
    await database.stop();
    throw error;
  }
}

function external(url: string): PreparedDatabase {
  const { hostname, port, pathname } = new URL(url);
  return { url, description: `PostgreSQL at ${hostname}:${port || "5432"}${pathname} (DATABASE_URL)`, stop: async () => {} };
}

async function embedded(dataDir: string): Promise<PreparedDatabase> {
  await ensurePrivateDir(dataDir);
  const dir = path.resolve(dataDir, "pglite");
  const db = await startEmbeddedDatabase({ dataDir: dir });
  return { url: db.url, description: `embedded PostgreSQL (PGlite), data in ${path.relative(process.cwd(), dir) || dir}`, stop: db.stop };
}

async function migrate(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new StartupError(describeConnectionProblem(url, error));
  }
  try {
    await applyMigrations(client);
  } finally {
    await client.end();
  }
}

async function seedIfEmpty(url: string): Promise<void> {
  const prisma = createPrismaClient(url, 2);
  try {
    if ((await prisma.program.count()) === 0) await seedDatabase(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
