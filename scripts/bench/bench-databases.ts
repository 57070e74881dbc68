// bench:load's databases, on a throwaway PostgreSQL cluster (tests/support/postgres-cluster.ts):
// "small" is empty (the app migrates it and seeds the 5 programs when it starts), "large" holds the
// scale dataset. Both log every statement, so that statement-log.ts can count them per request.
import path from "node:path";
import { applyMigrations } from "../../lib/migrate/apply-migrations";
import { createPrismaClient } from "../../lib/prisma-client";
import { startCluster } from "../../tests/support/postgres-cluster";
import { withPgClient } from "../../tests/support/pg-client";
import { fillScaleDataset } from "./scale-data";

export type BenchDatabases = { small: string; large: string; logFile: string; stop(): void };

const inDatabase = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

/** `large: false` leaves the large database empty (a targeted run of the 5-program half only). */
export async function startBenchDatabases({ large: fill = true } = {}): Promise<BenchDatabases> {
  const cluster = await startCluster();
  try {
    const dataDir = await withPgClient(cluster.url, async (client) => {
      for (const name of ["atlas_small", "atlas_large"]) await client.query(`CREATE DATABASE ${name}`);
      return (await client.query<{ data_directory: string }>("SHOW data_directory")).rows[0]!.data_directory;
    });
    const large = inDatabase(cluster.url, "atlas_large");
    if (fill) await fillLarge(large);
    await withPgClient(cluster.url, async (client) => {
      for (const name of ["atlas_small", "atlas_large"]) await client.query(`ALTER DATABASE ${name} SET log_statement = 'all'`);
    });
    // postgres-cluster.ts starts the server with `pg_ctl -l <its folder>/server.log`, beside data/.
    return {
      small: inDatabase(cluster.url, "atlas_small"),
      large,
      logFile: path.join(path.dirname(dataDir), "server.log"),
      stop: () => cluster.stop(),
    };
  } catch (error) {
    cluster.stop();
    throw error;
  }
}

async function fillLarge(large: string): Promise<void> {
  await withPgClient(large, (client) => applyMigrations(client));
  const prisma = createPrismaClient(large, 4);
  const started = Date.now();
  const filled = await fillScaleDataset(prisma).finally(() => prisma.$disconnect());
  console.log(
    `Scale dataset: ${filled.programs} programs, ${filled.claims} funding + capacity claims ` +
      `(inserted in ${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
}
