import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { createAccountsCommand } from "./tests/e2e/support/accounts";
import { serverLogPath } from "./tests/e2e/support/server-log";

// The end-to-end run is a newcomer's first start: a production build served by `npm start` on a
// brand-new embedded database (its own data directory), which must migrate and seed itself.
// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
// A folder that does not exist yet, as on a fresh clone where .data/ is missing.
const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "atlas-e2e-")), "data");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    // The test accounts are created on the fresh data directory before the app opens it.
    // The server's output (stdout and stderr) is also kept in a file the secret canary spec reads.
    command:
      `npx next build && ${createAccountsCommand()} && mkdir -p test-results && npx tsx ` +
      `scripts/start.ts start 2>&1 | tee ${serverLogPath(port)}`,
    url: `http://127.0.0.1:${port}/api/v1/programs`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // Many sign-ins from 127.0.0.1 in a few minutes: lift the per-address limit (the lockout stays).
    // Every test's API call (and the readiness poll) comes from 127.0.0.1 too: lift the API's limit as well.
    // ATLAS_BASE_URL: the cached public pages are rendered without a request, so their share
    // snippets take the configured origin (lib/security/site-origin.ts), as in production.
    env: {
      PORT: String(port),
      ATLAS_BASE_URL: `http://127.0.0.1:${port}`,
      ATLAS_DATA_DIR: dataDir,
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      ATLAS_SIGN_IN_LIMIT: "200",
      ATLAS_API_RATE_LIMIT: "100000",
    },
  },
});
