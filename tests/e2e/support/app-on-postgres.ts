// The production build (`next start`, built by Playwright's webServer step before any spec runs)
// served on its own free port against a throwaway PostgreSQL cluster this harness owns, so a spec
// can stop the database under the running app and start it again, or checksum every table.
// The cluster is migrated and seeded by `npm run user:create`, which opens the database the same
// way the app does and creates the admin account (tests/e2e/support/accounts.ts).
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test, type Page } from "@playwright/test";
import { findFreePort } from "../../../lib/embedded-db";
import { createPrismaClient, type PrismaClient } from "../../../lib/prisma-client";
import { startCluster, type Cluster } from "../../support/postgres-cluster";
import { createAccountsCommand, e2eAdmin, signInAs } from "./accounts";

export type AppOnPostgres = {
  /** http://127.0.0.1:<port>, the app's origin. */
  url: string;
  cluster: Cluster;
  /** A client of the same database, for checksums (it reconnects after a restart like the app's). */
  db: PrismaClient;
  /** What the app printed so far (stdout and stderr), for failure messages. */
  log(): string;
  close(): Promise<void>;
};

/** The one way specs sign in as the harness's admin (swap here when sign-in gains a step). */
export async function signInAsAdmin(page: Page): Promise<void> {
  await signInAs(page, e2eAdmin);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `url` until it answers `status` or `timeoutMs` passes; true when it did. */
export async function waitForStatus(url: string, status: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answered = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (answered === status) return true;
    await sleep(250);
  }
  return false;
}

function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Our own group only (detached below): npm's tsx wrapper and the next server it spawned.
  process.kill(-child.pid, "SIGTERM");
  return Promise.race([exited, sleep(10_000)]);
}

/**
 * `shared`: a second instance on the first one's cluster (not migrated or stopped again here); `env`:
 * settings on top of the harness's (REDIS_URL, a lower API limit).
 */
export async function startAppOnPostgres(options: { shared?: Cluster; env?: Record<string, string> } = {}): Promise<AppOnPostgres> {
  const cluster = options.shared ?? (await startCluster());
  const dataDir = mkdtempSync(path.join(tmpdir(), "atlas-app-pg-"));
  // ATLAS_DATA_DIR only keeps the generated sign-in secret here: the data is on the cluster.
  // options.env reaches user:create too: it encrypts the TOTP secret with ATLAS_AUTH_SECRET.
  const baseEnv = { ...process.env, DATABASE_URL: cluster.url, ATLAS_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1", ...options.env };
  if (!options.shared) execSync(createAccountsCommand([e2eAdmin]), { env: baseEnv, stdio: "pipe" });

  const port = await findFreePort();
  const output: string[] = [];
  const app = spawn("node_modules/.bin/tsx", ["scripts/start.ts", "start"], {
    env: { ...baseEnv, PORT: String(port), ATLAS_SIGN_IN_LIMIT: "200", ATLAS_API_RATE_LIMIT: "100000", ...options.env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  app.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  app.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const db = createPrismaClient(cluster.url, 2);
  const close = async () => {
    await stopProcessGroup(app);
    await db.$disconnect().catch(() => {});
    if (!options.shared) cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  if (!(await waitForStatus(`${url}/api/health`, 200, 90_000))) {
    await close();
    throw new Error(`the app on PostgreSQL did not become ready:\n${output.join("")}`);
  }
  return { url, cluster, db, log: () => output.join(""), close };
}

/**
 * For a spec file: the app on its own PostgreSQL, started before the file's tests and closed after
 * them. Its fields are read inside tests (the app exists once beforeAll ran).
 */
export function useAppOnPostgres(): AppOnPostgres {
  let app: AppOnPostgres | undefined;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    app = await startAppOnPostgres();
  });
  test.afterAll(async () => {
    await app?.close();
  });
  const started = () => {
    if (!app) throw new Error("useAppOnPostgres: the app starts in beforeAll");
    return app;
  };
  return {
    get url() {
      return started().url;
    },
    get cluster() {
      return started().cluster;
    },
    get db() {
      return started().db;
    },
    log: () => started().log(),
    close: () => started().close(),
  };
}
