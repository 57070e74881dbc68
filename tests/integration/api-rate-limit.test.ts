// The shared limiter is built from ATLAS_API_RATE_LIMIT on first use; this file sets a low limit
// before anything reads the environment (vitest loads each test file's modules afresh).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { peerAddressHeader } from "../../lib/security/client-address";
import { apiOperations, call, loadRoute } from "../support/api-routes";
import { useTestDatabase } from "../support/test-database";

process.env.ATLAS_API_RATE_LIMIT = "3";

useTestDatabase({ seeded: true, app: true });
const store = globalThis as { atlasApiRateLimiter?: unknown };
beforeAll(() => {
  delete store.atlasApiRateLimiter;
});
afterAll(() => {
  delete store.atlasApiRateLimiter;
  delete process.env.ATLAS_API_RATE_LIMIT;
});

// The socket's address, as scripts/peer-address-hook.mjs puts it on every request.
const from = (address: string, headers: Record<string, string> = {}) => ({ headers: { [peerAddressHeader]: address, ...headers } });

describe("the API rate limit", () => {
  it("answers 429 rate_limited with Retry-After once an address used its minute's requests, across endpoints, never a 5xx", async () => {
    const statuses = [
      (await call("/api/v1/programs", "/api/v1/programs", from("203.0.113.7"))).status,
      (await call("/api/v1/sources", "/api/v1/sources?format=csv", from("203.0.113.7"))).status,
      (await call("/api/v1/programs", "/api/v1/programs?format=nope", from("203.0.113.7"))).status,
    ];
    expect(statuses).toEqual([200, 200, 400]);
    const limited = await call("/api/v1/milestones", "/api/v1/milestones", from("203.0.113.7"));
    expect(limited.status).toBe(429);
    const wait = Number(limited.headers.get("retry-after"));
    expect(Number.isInteger(wait) && wait >= 1 && wait <= 60).toBe(true);
    expect(limited.headers.get("access-control-allow-origin")).toBe("*");
    expect(limited.headers.get("cache-control")).toBe("no-store");
    expect(await limited.json()).toEqual({ error: { code: "rate_limited", message: expect.stringContaining(String(wait)) } });
    const burst = await Promise.all(Array.from({ length: 20 }, () => call("/api/v1/programs", "/api/v1/programs", from("203.0.113.7"))));
    expect(new Set(burst.map((r) => r.status))).toEqual(new Set([429]));
  });

  it("counts each client address apart (the socket's), and requests without one together", async () => {
    expect((await call("/api/v1/programs", "/api/v1/programs", from("198.51.100.20"))).status).toBe(200);
    const local = [];
    for (let i = 0; i < 4; i += 1) local.push((await call("/api/v1/programs", "/api/v1/programs")).status);
    expect(local).toEqual([200, 200, 200, 429]);
  });

  it("does not count preflights", async () => {
    const response = await call("/api/v1/programs", "/api/v1/programs", { method: "OPTIONS", ...from("203.0.113.7") });
    expect(response.status).toBe(204);
  });

  it("ignores X-Forwarded-For without trusted proxies: a new value with each request does not reset the count", async () => {
    const statuses = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push(
        (await call("/api/v1/programs", "/api/v1/programs", from("192.0.2.44", { "X-Forwarded-For": `192.0.2.${100 + i}` }))).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it("leaves HEAD to Next, which answers it with the limited GET (no route exports an unlimited HEAD)", async () => {
    for (const operation of apiOperations()) {
      const route = await loadRoute(operation);
      expect(route.GET, operation).toBeTypeOf("function");
      expect(route.HEAD, operation).toBeUndefined();
    }
  });
});
