// bench:load's measurements against one served app: statements per request (from PostgreSQL's
// log), autocannon per target (warmed first), and the rate-limit spike.
import autocannon from "autocannon";
import { summarize, type TargetResult } from "./load-report";
import { CLIENT_HEADERS } from "./wire";
import { tallySpike, type SpikeTally } from "./spike-report";
import { countStatements, logSize, readLogFrom } from "./statement-log";

export type Target = { name: string; path: string; cached?: boolean };
/** `warmSeconds`: the short run first, at 10 connections, so that the measured one starts warm (3 unless set). */
export type LoadOptions = { seconds: number; connections: number; warmSeconds?: number; cpuMs?: () => number };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Statements for a first request (a cached page renders then) and for the one after it. */
export async function statementsPerRequest(base: string, path: string, logFile: string): Promise<{ first: number; next: number }> {
  const once = async () => {
    const mark = logSize(logFile);
    const response = await fetch(base + path, { redirect: "manual" });
    await response.arrayBuffer();
    await pause(300); // the server writes its log asynchronously
    return countStatements(readLogFrom(logFile, mark));
  };
  return { first: await once(), next: await once() };
}

export async function loadTarget(base: string, target: Target, options: LoadOptions): Promise<TargetResult> {
  // Every request as real clients ask (gzip), the target's and its floor's alike.
  const asked = { url: base + target.path, headers: CLIENT_HEADERS };
  const warmSeconds = options.warmSeconds ?? 3;
  if (warmSeconds > 0) await autocannon({ ...asked, connections: Math.min(10, options.connections), duration: warmSeconds });
  const cpuBefore = options.cpuMs?.();
  // autocannon runs in this process: its CPU time is this process's during the run.
  const clientBefore = process.cpuUsage();
  const result = await autocannon({ ...asked, connections: options.connections, duration: options.seconds });
  const client = process.cpuUsage(clientBefore);
  const cpuMs = cpuBefore === undefined ? undefined : options.cpuMs!() - cpuBefore;
  return summarize(target, result, cpuMs, (client.user + client.system) / 1000);
}

/** How long the static file takes once a target's run is over: shows a server still busy with it. */
export async function probeAfter(base: string): Promise<string> {
  const started = Date.now();
  try {
    const response = await fetch(`${base}/embed.js`, { signal: AbortSignal.timeout(120_000) });
    await response.arrayBuffer();
    return `${response.status} in ${Date.now() - started} ms`;
  } catch (error) {
    return `no answer (${error instanceof Error ? error.name : "error"}) after ${Date.now() - started} ms`;
  }
}

/** A burst from one address, well past the per-minute limit, counted by status. */
export async function spike(base: string, requests: number): Promise<SpikeTally> {
  const result = await autocannon({ url: `${base}/api/v1/programs`, headers: CLIENT_HEADERS, connections: 50, amount: requests });
  return tallySpike(result.statusCodeStats, result.errors);
}
