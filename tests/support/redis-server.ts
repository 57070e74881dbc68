// A throwaway Redis (Debian's redis-server) on a free loopback port, in a temporary directory,
// persisting nothing (--save '' --appendonly no), as tests/support/postgres-cluster.ts does for
// PostgreSQL. halt() stops it while a test runs (an outage); stop() also deletes its directory.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Redis from "ioredis";
import { findFreePort } from "../../lib/embedded-db";

export type RedisServer = { url: string; port: number; halt(): Promise<void>; stop(): Promise<void> };

async function waitForPing(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on("error", () => {});
    try {
      await client.connect();
      if ((await client.ping()) === "PONG") return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    } finally {
      client.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function startRedis(): Promise<RedisServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-redis-"));
  const port = await findFreePort();
  // The same eviction policy as the README's production set-up: least recently used entries go first.
  const args = [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--dir",
    dir,
    "--save",
    "",
    "--appendonly",
    "no",
    "--maxmemory",
    "64mb",
    "--maxmemory-policy",
    "allkeys-lru",
  ];
  let server: ChildProcess | null = spawn("redis-server", args, { stdio: "ignore" });
  const url = `redis://127.0.0.1:${port}`;
  await waitForPing(url);
  const halt = async () => {
    const running = server;
    server = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGTERM");
    });
  };
  return {
    url,
    port,
    halt,
    async stop() {
      try {
        await halt();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A client as the app opens one (no offline queue, one retry), connected; the caller disconnects it.
 * Its errors are the test's to see through its commands, not as unhandled events.
 */
export async function connectedRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => 200 });
  redis.on("error", () => {});
  if (redis.status !== "ready") await new Promise((resolve) => redis.once("ready", resolve));
  return redis;
}
