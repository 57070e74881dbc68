// Pure parts of `npm run bench:load`: one line per target from autocannon's result, each target's
// throughput as a share of the static file's (the floor), and the verdicts the issue asks for.
export type Measured = {
  requests: { average: number; total: number };
  statusCodeStats?: Record<string, { count?: number }>;
  latency: { p50: number; p99: number };
  /** Bytes received in 2xx answers, headers included (autocannon counts the socket's bytes). */
  throughput?: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};
export type TargetResult = {
  name: string;
  path: string;
  cached: boolean;
  completed: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  statuses: string;
  socketErrors: number;
  timeouts: number;
  /** The server's CPU time per completed request (ms), when measured: its own cost, unlike req/s on a busy machine. */
  cpuPerRequest?: number;
  /** The load tester's own CPU time per completed request (ms): on its one thread, the bench's limit when it exceeds the server's. */
  clientCpuPerRequest?: number;
  /** Bytes on the wire per 2xx answer, headers included: what the client reads (gzip when it is sent). */
  wireBytes?: number;
};

export const TARGET_RATIO = 0.8;
export const TARGET_P99_GROWTH = 2;

export function summarize(
  target: { name: string; path: string; cached?: boolean },
  result: Measured,
  cpuMs?: number,
  clientCpuMs?: number,
): TargetResult {
  // autocannon's `errors` includes timeouts: report them apart. It counts the bytes of 2xx answers only.
  const answered = result.requests.total - result.non2xx;
  return {
    name: target.name,
    path: target.path,
    cached: target.cached ?? false,
    completed: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    statuses: otherStatuses(result.statusCodeStats),
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    ...(cpuMs !== undefined && result.requests.total > 0 && { cpuPerRequest: cpuMs / result.requests.total }),
    ...(clientCpuMs !== undefined && result.requests.total > 0 && { clientCpuPerRequest: clientCpuMs / result.requests.total }),
    ...(result.throughput && answered > 0 && { wireBytes: result.throughput.total / answered }),
  };
}

/** "503×14, 302×2": the answers that were not 2xx, by status. */
function otherStatuses(stats: Measured["statusCodeStats"]): string {
  return Object.entries(stats ?? {})
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, { count = 0 }]) => `${code}×${count}`)
    .join(", ");
}

/** One floor for every target, or each target's own (a static file of about its size). */
export type Floor = TargetResult | ((result: TargetResult) => TargetResult);
const floorOf = (floor: Floor, result: TargetResult) => (typeof floor === "function" ? floor(result) : floor);

export const ratioToFloor = (result: TargetResult, floor: Floor) => {
  const own = floorOf(floor, result);
  return own.rps > 0 ? result.rps / own.rps : 0;
};
const failures = (r: TargetResult) => r.non2xx + r.socketErrors + r.timeouts;
// A target that completed no request in the whole run failed, whatever its (empty) latencies say.
const stalled = (r: TargetResult) => r.completed === 0;

export function formatTable(results: TargetResult[], floor: Floor): string[] {
  const head = [
    "target".padEnd(30),
    "req/s".padStart(8),
    "p50 ms".padStart(7),
    "p99 ms".padStart(7),
    "non-2xx".padStart(8),
    "sock.err".padStart(8),
    "timeouts".padStart(8),
    "CPU ms/req".padStart(10),
    "client ms".padStart(9),
    "KB/answer".padStart(9),
    "× static".padStart(9),
  ];
  const rows = results.map((r) => [
    `${r.name} ${r.path}`.slice(0, 30).padEnd(30),
    r.rps.toFixed(0).padStart(8),
    String(r.p50).padStart(7),
    String(r.p99).padStart(7),
    (r.statuses ? `${r.non2xx} (${r.statuses})` : String(r.non2xx)).padStart(8),
    String(r.socketErrors).padStart(8),
    String(r.timeouts).padStart(8),
    (r.cpuPerRequest === undefined ? "" : r.cpuPerRequest.toFixed(2)).padStart(10),
    (r.clientCpuPerRequest === undefined ? "" : r.clientCpuPerRequest.toFixed(2)).padStart(9),
    (r.wireBytes === undefined ? "" : (r.wireBytes / 1024).toFixed(1)).padStart(9),
    ratioToFloor(r, floor).toFixed(2).padStart(9),
  ]);
  return [head, ...rows].map((cells) => cells.join(" "));
}

/** "target met" when every cached target reaches TARGET_RATIO of the floor and nothing failed anywhere. */
export function throughputVerdict(results: TargetResult[], floor: Floor): string {
  const cached = results.filter((r) => r.cached);
  const slow = cached.filter((r) => ratioToFloor(r, floor) < TARGET_RATIO);
  const failed = results.filter((r) => failures(r) > 0);
  const problems = [
    ...slow.map((r) => `${r.path} at ${ratioToFloor(r, floor).toFixed(2)} of the static file`),
    ...failed.map((r) => `${r.path}: ${failures(r)} errors`),
    ...results.filter(stalled).map((r) => `${r.path}: no request completed`),
  ];
  const goal = `cached targets (${cached.map((r) => r.path).join(", ")}) ≥ ${TARGET_RATIO} × static, 0 errors`;
  return problems.length === 0 ? `Throughput: target met (${goal})` : `Throughput: below target (${goal}): ${problems.join("; ")}`;
}

/** The scale run against the 5-program run: equal statement counts, p99 within TARGET_P99_GROWTH×. */
export function scaleVerdict(
  small: TargetResult[],
  large: TargetResult[],
  smallQueries: Record<string, number>,
  largeQueries: Record<string, number>,
): string[] {
  const lines = small.map((s) => {
    const l = large.find((r) => r.path === s.path);
    if (!l) return `${s.path}: missing from the scale run`;
    if (stalled(l)) return `${s.path}: p99 ${s.p99} ms → no request completed OVER`;
    const growth = s.p99 > 0 ? l.p99 / s.p99 : l.p99 > 0 ? Infinity : 1;
    // The server's CPU time per request beside it: the two runs are minutes apart, and on a shared machine
    // p99 moves with the other work meanwhile, where the server's own cost per answer does not.
    const cpu =
      s.cpuPerRequest === undefined || l.cpuPerRequest === undefined
        ? ""
        : ` (server CPU ${s.cpuPerRequest.toFixed(2)} → ${l.cpuPerRequest.toFixed(2)} ms/request)`;
    return `${s.path}: p99 ${s.p99} → ${l.p99} ms${cpu} (${growth.toFixed(2)}×) ${growth <= TARGET_P99_GROWTH ? "ok" : "OVER"}`;
  });
  const changed = Object.keys(smallQueries).filter((path) => smallQueries[path] !== largeQueries[path]);
  const slow = lines.filter((line) => line.endsWith("OVER") || line.includes("missing"));
  const queries = changed.length === 0 ? "queries per page unchanged" : `queries changed on ${changed.join(", ")}`;
  const verdict = changed.length === 0 && slow.length === 0 ? "target met" : "below target";
  return [...lines, `Scale: ${verdict} (${queries}; p99 ≤ ${TARGET_P99_GROWTH}× the 5-program run)`];
}
