// The embedded default database: PostgreSQL compiled to WebAssembly (PGlite), served over the
// Postgres wire protocol so that the app uses the very same client (Prisma + adapter-pg) as
// against a real server. Data lives in `dataDir` and survives restarts; no dataDir = in memory.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { lockDataDir } from "./embedded-lock";
import { embeddedApplicationName } from "./embedded-url";
import { ensurePrivateDir } from "./security/private-dir";

export type EmbeddedDatabase = { url: string; stop(): Promise<void> };

/**
 * Serves PGlite on a Unix socket in a new folder only this account can enter (mkdtemp makes it
 * 0700): the socket server accepts any user and password, so a loopback port would let every local
 * account in. The folder is under the system's temporary directory, not the data folder, because a
 * socket path must fit in 107 bytes. Clients of the URL get one connection (lib/embedded-url.ts).
 */
export async function startEmbeddedDatabase(options: { dataDir?: string } = {}): Promise<EmbeddedDatabase> {
  const db = await openDataDir(options.dataDir);
  const socketDir = await mkdtemp(path.join(tmpdir(), "atlas-db-"));
  // node-postgres connects to <host>/.s.PGSQL.<port> when the host is a folder.
  const server = new PGLiteSocketServer({ db: db.pglite, path: path.join(socketDir, ".s.PGSQL.5432"), maxConnections: 100 });
  const stop = async () => {
    try {
      await server.stop();
      await db.close();
    } finally {
      await rm(socketDir, { recursive: true, force: true });
    }
  };
  try {
    await server.start();
  } catch (error) {
    await stop();
    throw error;
  }
  const query = new URLSearchParams({ host: socketDir, sslmode: "disable", application_name: embeddedApplicationName });
  return { url: `postgresql://postgres:postgres@localhost/postgres?${query}`, stop };
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
  await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true, mode: 0o700 });
  const unlock = await lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir });
    // PGlite's file system layer creates files 0666 whatever the umask: take group and other bits
    // off once it is open and again when it closes (the folder is 0700, so files made in between
    // are out of reach meanwhile).
    await ensurePrivateDir(dataDir);
    return {
      pglite,
      async close() {
        try {
          await pglite.close();
          await ensurePrivateDir(dataDir);
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
