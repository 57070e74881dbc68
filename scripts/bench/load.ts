// npm run bench:load — throughput and latency of the public surfaces under load, loopback only,
// bounded (BENCH_SECONDS per target, default 60; BENCH_CONNECTIONS, default 100), then stops.
// 1. 5 seeded programs, 2. 1,000 generated programs and 100,000 claims: each on PostgreSQL (a
// throwaway cluster), each target against a static file of its own size and bytes on the wire, served
// by the same server (the floor, static-floor.ts, printed with its size), measured right before the target:
// on a shared machine a floor measured minutes earlier, under another load, made an unfair ratio. Each line
// also gives the server's CPU time per request, which the machine's other work does not change.
// 3. a burst past the API's rate limit on a server started with the default limit.
// Every request takes gzip (Accept-Encoding: gzip), as browsers, curl --compressed, fetch and
// Python's requests do: a client that decodes 90 KB of plain JSON measures a transfer no real
// client asks for, and the load tester's one thread, not the server, set the figure.
// A short, targeted run: BENCH_TARGETS="overview,past page" (names below) and BENCH_LARGE=0 (the
// 5-program run only: no 1,000-program run, no burst).
import { gunzipSync } from "node:zlib";
import { startBenchDatabases } from "./bench-databases";
import { formatTable, scaleVerdict, throughputVerdict, type TargetResult } from "./load-report";
import { loadTarget, probeAfter, spike, statementsPerRequest, type Target } from "./load-run";
import { kb, withServedApp } from "./served-app";
import { fillFloorFile, floorMismatch, prepareFloorFiles, removeFloorFiles, type StaticFile } from "./static-floor";
import { spikeVerdict } from "./spike-report";
import { fetchWire } from "./wire";

const options = { seconds: Number(process.env.BENCH_SECONDS ?? 60), connections: Number(process.env.BENCH_CONNECTIONS ?? 100) };
const chosen = process.env.BENCH_TARGETS?.split(",").map((name) => name.trim());
const withLarge = process.env.BENCH_LARGE !== "0";
// A past view: asOf before today (?asOf=<today> is the live view).
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const DEFAULT_API_LIMIT = 300; // lib/env.ts: ATLAS_API_RATE_LIMIT's default
// Every target is cached once rendered, for any options, by the front cache (lib/cache/front-cache.mjs,
// answered before Next routes them; the API and images after the rate limit counts them).
const allTargets: Target[] = [
  { name: "overview", path: "/", cached: true },
  { name: "compare", path: "/compare", cached: true },
  { name: "compare, options", path: "/compare?metric=power&scale=log", cached: true },
  { name: "API", path: "/api/v1/programs", cached: true },
  { name: "API, options", path: "/api/v1/compare?metric=power", cached: true },
  { name: "embed", path: "/embed/compare", cached: true },
  { name: "embed, options", path: "/embed/compare?metric=power&theme=dark", cached: true },
  { name: "image", path: "/api/v1/charts/compare?format=svg", cached: true },
  { name: "past embed", path: `/embed/compare?asOf=${yesterday}`, cached: true },
  { name: "past API", path: `/api/v1/programs?asOf=${yesterday}`, cached: true },
  { name: "past page", path: `/?asOf=${yesterday}`, cached: true },
  { name: "past program page", path: `/programs/stargate?asOf=${yesterday}`, cached: true },
];
const targets = chosen ? allTargets.filter(({ name }) => chosen.includes(name)) : allTargets;
if (targets.length === 0) throw new Error(`BENCH_TARGETS names none of: ${allTargets.map(({ name }) => name).join(", ")}`);

type Run = { results: TargetResult[]; queries: Record<string, number> };

async function measureRun(label: string, databaseUrl: string, logFile: string): Promise<Run> {
  const run: Run = { results: [], queries: {} };
  // Next serves only the static files there when it starts: the floors are created now, filled below.
  prepareFloorFiles(targets.length);
  // The throughput runs come from one address: lift the API limit so that it measures the API, not the limiter.
  await withServedApp(
    async (base, cpuMs) => {
      console.log(`\n== ${label} (server started with ATLAS_API_RATE_LIMIT=1000000) ==`);
      console.log("SQL statements per request (first request, which renders it / the next one):");
      for (const { path } of targets) {
        const { first, next } = await statementsPerRequest(base, path, logFile);
        run.queries[path] = first;
        console.log(`  ${path.padEnd(45)} ${first} / ${next}`);
      }
      // Each target against a static file of its own bytes on the wire (gzip, so its size), served by the same server.
      const floors = new Map<string, StaticFile & { plain: number }>();
      for (const [index, { path }] of targets.entries()) {
        const answer = await fetchWire(base + path);
        const floor = fillFloorFile(index, answer);
        const mismatch = floorMismatch(answer, await fetchWire(base + floor.path));
        if (mismatch) throw new Error(`The floor of ${path} is not served as its target is: ${mismatch}`);
        floors.set(path, { ...floor, plain: gunzipSync(answer.body).length });
      }
      console.log("Static-file floors (the same server; both asked with Accept-Encoding: gzip), each measured right before its target:");
      for (const [path, file] of floors) {
        console.log(`  ${path.padEnd(45)} ${kb(file.size).padStart(9)} gzip (${kb(file.plain)} plain) → ${file.path} (its own bytes)`);
      }
      const probes: string[] = [];
      const measuredFloors = new Map<string, TargetResult>();
      const measuring = { ...options, cpuMs };
      for (const target of targets) {
        const file = floors.get(target.path)!;
        measuredFloors.set(target.path, await loadTarget(base, { name: `static ${kb(file.size)}`, path: file.path }, measuring));
        run.results.push(await loadTarget(base, target, measuring));
        probes.push(`${target.path} → ${await probeAfter(base)}`);
      }
      const floorFor = (result: TargetResult) => measuredFloors.get(result.path)!;
      const rows = run.results.flatMap((result) => [floorFor(result), result]);
      for (const line of formatTable(rows, (r) => (r.path.startsWith("/_next/") ? r : floorFor(r)))) console.log(line);
      console.log(throughputVerdict(run.results, floorFor));
      console.log(`The static file right after each run: ${probes.join("; ")}`);
    },
    { DATABASE_URL: databaseUrl, ATLAS_API_RATE_LIMIT: "1000000" },
  ).finally(() => removeFloorFiles());
  return run;
}

console.log(`bench:load — ${options.seconds} s at ${options.connections} connections per target, loopback only.`);
console.log("autocannon and the server share this machine's cores: the figures are a floor for the app, not a capacity plan.");
const databases = await startBenchDatabases({ large: withLarge });
try {
  const small = await measureRun("5 seeded programs", databases.small, databases.logFile);
  if (withLarge) await measureLarge(small);
} finally {
  databases.stop();
}

async function measureLarge(small: Run): Promise<void> {
  const large = await measureRun("1,000 programs, 100,000 claims", databases.large, databases.logFile);
  console.log("\n== Scale: the 1,000-program run against the 5-program run ==");
  for (const line of scaleVerdict(small.results, large.results, small.queries, large.queries)) console.log(line);
  await withServedApp(
    async (base) => {
      console.log(`\n== Spike: ${DEFAULT_API_LIMIT * 5} requests at /api/v1/programs from one address (default limit, 50 connections) ==`);
      console.log(spikeVerdict(await spike(base, DEFAULT_API_LIMIT * 5), DEFAULT_API_LIMIT));
    },
    { DATABASE_URL: databases.small, ATLAS_API_RATE_LIMIT: String(DEFAULT_API_LIMIT) },
  );
}
