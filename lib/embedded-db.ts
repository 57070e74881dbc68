// The embedded default database: PostgreSQL compiled to WebAssembly (PGlite), served over the
// Postgres wire protocol so that the app uses the very same client (Prisma + adapter-pg) as
// against a real server. Data lives in `dataDir` and survives restarts; no dataDir = in memory.
import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop(): Promise<void> };

export async function startEmbeddedDatabase(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedDatabase> {
  // A fresh clone has no .data/ yet, and PGlite creates only the last folder of the path.
  if (options.dataDir) await mkdir(path.dirname(options.dataDir), { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const port = options.port ?? (await findFreePort());
  // PGlite runs one query at a time; the server queues statements from many connections.
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 100 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
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
