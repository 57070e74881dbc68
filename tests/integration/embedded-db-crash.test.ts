// The embedded database killed mid-write (issue 6, "Faults"): a child process opens PGlite on a
// data directory exactly as the app does, migrates, seeds, and commits multi-row batches in a
// loop; we SIGKILL it mid-stream, then reopen the directory and check that nothing committed is
// lost, nothing half-committed is there, the seeded tables are intact, and writing works again.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDataDir, startEmbeddedDatabase } from "../../lib/embedded-db";
import { DataDirInUseError, lockFileOf } from "../../lib/embedded-lock";
import { applyMigrations } from "../../lib/migrate/apply-migrations";
import { CRASH_BATCH_SIZE, crashBatchPublisher, seededChecksums } from "../support/crash-batches";
import { withPgClient } from "../support/pg-client";

const root = mkdtempSync(path.join(tmpdir(), "atlas-crash-"));
const dataDir = path.join(root, "pglite");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const writer = path.resolve(import.meta.dirname, "../support/embedded-crash-writer.ts");
const batchesBeforeKill = 40;

type Run = { seeded: Record<string, string>; committed: number[]; pid: number; refusedWhileRunning: unknown };

/** Runs the writer until it has reported enough commits, SIGKILLs it, and returns what it printed. */
function runAndKill(): Promise<Run> {
  return new Promise((resolve, reject) => {
    // `node --import tsx`: one process, so the kill hits the writer itself, not a wrapper.
    const child = spawn(process.execPath, ["--import", "tsx", writer, dataDir], { stdio: ["ignore", "pipe", "pipe"] });
    let seeded: Record<string, string> | undefined;
    let refusedWhileRunning: unknown;
    let killing = false;
    const committed: number[] = [];
    let buffer = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith("SEEDED ")) seeded = JSON.parse(line.slice(7)) as Record<string, string>;
        if (line.startsWith("COMMITTED ")) committed.push(Number(line.slice(10)));
      }
      if (committed.length >= batchesBeforeKill && !killing) {
        killing = true;
        // While the writer runs, nobody else may open its directory.
        openDataDir(dataDir)
          .then(
            (db) => db.close(),
            (error: unknown) => (refusedWhileRunning = error),
          )
          .finally(() => child.kill("SIGKILL"));
      }
    });
    child.on("error", reject);
    child.on("close", (_code, signal) => {
      if (signal !== "SIGKILL" || !seeded) return reject(new Error(`writer ended by itself (${signal}): ${stderr}`));
      resolve({ seeded, committed, pid: child.pid ?? 0, refusedWhileRunning });
    });
  });
}

describe("the embedded database killed mid-write", () => {
  it("reopens with every reported commit, no half transaction, the seed intact, and takes new writes", async () => {
    const run = await runAndKill();
    expect(run.refusedWhileRunning).toBeInstanceOf(DataDirInUseError);
    expect(String(run.refusedWhileRunning)).toContain(`in use by process ${run.pid}`);
    const lastReported = Math.max(...run.committed);
    expect(run.committed).toEqual(Array.from({ length: lastReported }, (_, i) => i + 1));
    // The killed writer left its lock behind: a stale lock must not keep the database shut.
    expect(existsSync(lockFileOf(dataDir))).toBe(true);

    const database = await startEmbeddedDatabase({ dataDir });
    try {
      await withPgClient(database.url, async (client) => {
        expect(await applyMigrations(client)).toEqual([]);
        const { rows } = await client.query<{ publisher: string; n: number }>(
          `SELECT publisher, count(*)::int AS n FROM "source" WHERE publisher LIKE 'crash-batch-%' GROUP BY publisher`,
        );
        const batches = new Map(rows.map((r) => [Number(r.publisher.slice("crash-batch-".length)), r.n]));
        // Every batch reported committed is there, whole.
        for (const batch of run.committed) expect(batches.get(batch), `batch ${batch}`).toBe(CRASH_BATCH_SIZE);
        // No batch is there in part; at most the one whose COMMIT finished but was not yet printed.
        expect(rows.filter((r) => r.n !== CRASH_BATCH_SIZE)).toEqual([]);
        expect(Math.max(...batches.keys())).toBeLessThanOrEqual(lastReported + 1);
        expect(await seededChecksums(client)).toEqual(run.seeded);

        await client.query("BEGIN");
        for (let row = 0; row < CRASH_BATCH_SIZE; row++) {
          await client.query(
            `INSERT INTO "source" (id, kind, title, publisher, url, reliability, updated_at)
             VALUES (gen_random_uuid(), 'news', 'After the crash', $1, $2, 'secondary', now())`,
            [crashBatchPublisher(0), `https://example.org/after/${row}`],
          );
        }
        await client.query("COMMIT");
        const after = await client.query(`SELECT count(*)::int AS n FROM "source" WHERE publisher = $1`, [crashBatchPublisher(0)]);
        expect(after.rows[0].n).toBe(CRASH_BATCH_SIZE);
      });
      // While it is open here, a second opener is refused too (same process this time).
      await expect(openDataDir(dataDir)).rejects.toThrow(/in use by this process/);
    } finally {
      await database.stop();
    }
    expect(existsSync(lockFileOf(dataDir))).toBe(false);
  });
});
