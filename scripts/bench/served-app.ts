// What every benchmark shares: the production build served by `npm start` on a fresh embedded
// database (its own data directory, a free loopback port), and sizes as a CDN would send them.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { findFreePort } from "../../lib/embedded-db";

export const gzipped = (body: Buffer) => gzipSync(body, { level: 9 }).length;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function fetchBody(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

async function waitFor(url: string, child: ReturnType<typeof spawn>) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error("the server exited before answering");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not answer within 5 minutes");
}

/**
 * CPU time (user + system, ms) used so far by every process of a process group (Linux /proc; 0
 * elsewhere): the served app's own work, whatever else the machine runs meanwhile.
 */
export function groupCpuMs(group: number): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // After "(name) ": state, ppid, pgrp, … utime is the 12th field, stime the 13th (proc(5)).
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile, or this is not Linux
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/**
 * Starts the built app, runs `measure` against its base URL (and a reading of the app's CPU time),
 * and stops the app whatever happens.
 * `settings` overrides the environment (bench:load passes a PostgreSQL DATABASE_URL and limits).
 */
export async function withServedApp(
  measure: (base: string, cpuMs: () => number) => Promise<void>,
  settings: Record<string, string> = {},
): Promise<void> {
  const port = await findFreePort();
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "atlas-bench-")), "data");
  const server = spawn("npx", ["tsx", "scripts/start.ts", "start"], {
    env: { ...process.env, PORT: String(port), ATLAS_DATA_DIR: dataDir, DATABASE_URL: "", ...settings },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    // The health check, which no bench measures and nothing caches. Polling a measured address
    // rendered and stored it before the bench counted its first request's SQL statements, which
    // then read 0 (the API at 5 programs) where the same route reads 5 (at 1,000).
    await waitFor(`${base}/api/health`, server);
    await measure(base, () => groupCpuMs(server.pid!));
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}
