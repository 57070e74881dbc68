// npm run dev / npm start: prepare the database (embedded unless DATABASE_URL is set), say which
// one in one line, then run Next with DATABASE_URL pointing at it. The embedded database lives in
// this process, so it stops cleanly when Next does.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/env";
import { prepareDatabase, StartupError } from "../lib/launch/prepare-database";
import { MigrationError } from "../lib/migrate/apply-migrations";
import { privateUmask } from "../lib/security/private-dir";

const mode = process.argv[2] === "start" ? "start" : "dev";
const next = "node_modules/.bin/next";

function fail(message: string): never {
  console.error(`Compute Atlas cannot start: ${message}`);
  process.exit(1);
}

// Every file the app, PGlite and Next create (data folder, lock, auth secret, build cache) is the
// running account's alone; Next inherits the mask.
process.umask(privateUmask);

let env;
try {
  env = parseEnv(process.env);
} catch (error) {
  if (error instanceof EnvError) fail(error.message);
  throw error;
}

let database;
try {
  database = await prepareDatabase(env);
} catch (error) {
  if (error instanceof StartupError || error instanceof MigrationError) fail(error.message);
  fail(error instanceof Error ? (error.message.split("\n")[0] ?? "unknown error") : "unknown error");
}
console.log(`Database: ${database.description}`);
if (mode === "start" && !env.ATLAS_BASE_URL) {
  console.warn(
    `Warning: ATLAS_BASE_URL is not set, so links, embed snippets and oEmbed answers use http://localhost:${env.PORT} ` +
      "and sign-in accepts posts from this machine only. Set it to the address people use, e.g. https://atlas.example.org.",
  );
}

// Telemetry would try to reach the network, which these machines do not have.
// The preloads: the front cache, which answers public pages, embeds and API answers from stored
// bytes (lib/cache/front-cache.mjs), each request's socket address in a header
// (lib/security/client-address.ts), and a 400 for a path that cannot be percent-decoded, which Next
// would answer with a 500 (lib/security/undecodable-path.mjs). Each wraps the server's request event,
// the last loaded outermost: the address is set before the front cache counts a request against the
// API's limit, and a broken address reaches neither.
const preloads = ["scripts/front-cache-hook.mjs", "scripts/peer-address-hook.mjs", "scripts/undecodable-path-hook.mjs"].map(
  (file) => `--import=${JSON.stringify(path.resolve(file))}`,
);
const nodeOptions = [process.env.NODE_OPTIONS, ...preloads].filter(Boolean).join(" ");
const childEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  PORT: String(env.PORT),
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_OPTIONS: nodeOptions,
};
if (mode === "start" && !existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: running `next build` first.");
  const build = spawnSync(next, ["build"], { stdio: "inherit", env: childEnv });
  if (build.status !== 0) {
    await database.stop();
    process.exit(build.status ?? 1);
  }
}

const child = spawn(next, [mode, "-p", String(env.PORT)], { stdio: "inherit", env: childEnv });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", async (code) => {
  await database.stop();
  process.exit(code ?? 0);
});
