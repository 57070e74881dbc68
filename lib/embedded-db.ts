// The embedded default database: PostgreSQL compiled to WebAssembly (PGlite), served over the
// Postgres wire protocol so that the app uses the very same client (Prisma + adapter-pg) as
// against a real server. Data lives in `dataDir` and survives restarts; no dataDir = in memory.
import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { lockDataDir } from "./embedded-lock";

export type EmbeddedDatabase = { url: string; stop(): Promise<void> };

export async function startEmbeddedDatabase(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedDatabase> {
  const db = await openDataDir(options.dataDir);
  const port = options.port ?? (await findFreePort());
  // PGlite runs one query at a time; the server queues statements from many connections.
  const server = new PGLiteSocketServer({ db: db.pglite, port, host: "127.0.0.1", maxConnections: 100 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

export type OpenDataDir = { pglite: PGlite; close(): Promise<void> };

/**
 * PGlite on `dataDir` (in memory without one), held by this process alone until close().
 * PGlite itself takes no lock: two processes on one directory would both write to it. The lock
 * file says who holds it; one left by a killed process is taken over (see lib/embedded-lock.ts).
 * `loadDataDir` fills a new, empty directory from a dumpDataDir() tarball (a restore).
 */
export async function openDataDir(dataDir?: string, options: { loadDataDir?: Blob } = {}): Promise<OpenDataDir> {
  if (!dataDir) {
    const pglite = await PGlite.create({ loadDataDir: options.loadDataDir });
    return { pglite, close: () => pglite.close() };
  }
  // A fresh clone has no .data/ yet, and PGlite creates only the last folder of the path.
  await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  const unlock = await lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir });
    return {
      pglite,
      async close() {
        try {
          await pglite.close();
        } finally {
          await unlock();
        }
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
