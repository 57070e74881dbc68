import { describe, expect, it } from "vitest";
import { formatTable, ratioToFloor, scaleVerdict, summarize, throughputVerdict, type Measured } from "../../../scripts/bench/load-report";

const measured = (rps: number, over: Partial<Measured> = {}): Measured => ({
  requests: { average: rps, total: rps * 10 },
  latency: { p50: 5, p99: 20 },
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  ...over,
});
const floor = summarize({ name: "static", path: "/embed.js" }, measured(1000));

describe("summarize", () => {
  it("counts timeouts apart from socket errors (autocannon's errors include them)", () => {
    const r = summarize({ name: "x", path: "/" }, measured(10, { errors: 7, timeouts: 3, non2xx: 2 }));
    expect(r).toMatchObject({ socketErrors: 4, timeouts: 3, non2xx: 2, rps: 10, p99: 20, cached: false });
  });
});

describe("throughputVerdict", () => {
  it("meets the target when cached pages reach 0.8 of the floor and nothing failed", () => {
    const page = summarize({ name: "overview", path: "/", cached: true }, measured(800));
    const api = summarize({ name: "api", path: "/api" }, measured(100));
    expect(ratioToFloor(page, floor)).toBe(0.8);
    expect(throughputVerdict([floor, page, api], floor)).toMatch(/^Throughput: target met/);
  });

  it("is below target for a slow cached page or for any error, and says which", () => {
    const slow = summarize({ name: "overview", path: "/", cached: true }, measured(799));
    const failing = summarize({ name: "api", path: "/api" }, measured(900, { non2xx: 1 }));
    const verdict = throughputVerdict([floor, slow, failing], floor);
    expect(verdict).toMatch(/^Throughput: below target/);
    expect(verdict).toContain("/ at 0.80");
    expect(verdict).toContain("/api: 1 errors");
  });
});

describe("scaleVerdict", () => {
  const page = (p99: number) => [summarize({ name: "overview", path: "/" }, measured(500, { latency: { p50: 1, p99 } }))];

  it("accepts equal statement counts and p99 up to twice the small run's", () => {
    expect(scaleVerdict(page(10), page(20), { "/": 6 }, { "/": 6 }).at(-1)).toMatch(/^Scale: target met/);
  });

  it("gives the server's CPU time per request at both sizes beside the p99s, when measured", () => {
    const at = (p99: number, cpuMs: number) => [
      summarize({ name: "api", path: "/api" }, measured(500, { latency: { p50: 1, p99 } }), cpuMs),
    ];
    const line = "/api: p99 10 → 15 ms (server CPU 0.18 → 0.22 ms/request) (1.50×) ok";
    expect(scaleVerdict(at(10, 900), at(15, 1100), {}, {})[0]).toBe(line);
  });

  it("fails on a changed statement count or a p99 more than twice as long", () => {
    expect(scaleVerdict(page(10), page(10), { "/": 6 }, { "/": 7 }).at(-1)).toMatch(/below target \(queries changed on \//);
    const lines = scaleVerdict(page(10), page(21), { "/": 6 }, { "/": 6 });
    expect(lines[0]).toMatch(/\(2\.10×\) OVER$/);
    expect(lines.at(-1)).toMatch(/^Scale: below target/);
  });
});

describe("formatTable", () => {
  it("prints one line per target with its ratio to the floor", () => {
    const lines = formatTable([floor, summarize({ name: "api", path: "/api" }, measured(250))], floor);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/250 .* 0\.25$/);
  });

  it("prints the server's CPU time per request when it was measured", () => {
    const page = summarize({ name: "overview", path: "/" }, measured(250), 750);
    expect(page.cpuPerRequest).toBe(0.3);
    expect(formatTable([page], floor)[1]).toMatch(/ 0\.30 +0\.25$/);
  });

  it("prints the bytes on the wire per answer: autocannon's 2xx bytes over its 2xx answers", () => {
    const api = summarize({ name: "api", path: "/api" }, measured(250, { non2xx: 500, throughput: { total: 2000 * 12_288 } }));
    expect(api.wireBytes).toBe(12_288);
    expect(formatTable([api], floor)[0]).toContain("KB/answer");
    expect(formatTable([api], floor)[1]).toMatch(/ 12\.0 +0\.25$/);
  });
});

describe("a target that completed nothing", () => {
  const stalled = summarize(
    { name: "embed", path: "/embed/compare" },
    measured(0, { requests: { average: 0, total: 0 }, latency: { p50: 0, p99: 0 } }),
  );

  it("is below target in both verdicts, though its latencies are empty", () => {
    expect(throughputVerdict([floor, stalled], floor)).toContain("/embed/compare: no request completed");
    const small = [summarize({ name: "embed", path: "/embed/compare" }, measured(50))];
    expect(scaleVerdict(small, [stalled], {}, {}).at(-1)).toMatch(/^Scale: below target/);
  });

  it("lists the statuses of the answers that were not 2xx", () => {
    const r = summarize(
      { name: "x", path: "/" },
      measured(10, { non2xx: 3, statusCodeStats: { "200": { count: 7 }, "503": { count: 2 }, "302": { count: 1 } } }),
    );
    expect(r.statuses).toBe("302×1, 503×2");
  });
});
