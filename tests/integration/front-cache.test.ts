// The front cache (lib/cache/front-cache.mjs), the server's one cache of public answers (pages,
// embeds, API answers, chart images), on real HTTP servers: a stand-in for Next that streams its
// answer the way Next does (headers set, flushed, written in chunks), in front of it the front cache
// with the app's answer store, in memory and in a real Redis shared by two servers or gone.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryAnswerStore, redisAnswerStore, type AnswerStore } from "../../lib/cache/answer-cache";
import { frontCacheEmit } from "../../lib/cache/front-cache.mjs";
import { PUBLIC_CACHE } from "../../lib/cache/http-cache";
import { useAnswerStores } from "../support/answer-stores";
import { connectedRedis, startRedis } from "../support/redis-server";

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
type Served = { base: string; renders: string[]; admitted: number; close(): Promise<void> };

const servers: Served[] = [];
afterAll(async () => {
  for (const served of servers) await served.close();
});

/** What Next would answer: the page's headers, then the body in two chunks, counting renders. */
function standInForNext(renders: string[]): http.RequestListener {
  return (request, response) => {
    renders.push(`${request.url} ${request.headers.rsc ?? ""}`.trim());
    const url = new URL(request.url ?? "/", "http://atlas.test");
    if (url.pathname === "/programs/nobody") {
      response.statusCode = 404;
      response.end("not found");
      return;
    }
    response.setHeader("Content-Type", request.headers.rsc ? "text/x-component" : "text/html; charset=utf-8");
    response.setHeader("Cache-Control", url.pathname.startsWith("/admin") ? "no-store" : PUBLIC_CACHE);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch");
    if (url.searchParams.has("login")) response.setHeader("Set-Cookie", "session=1");
    response.flushHeaders();
    response.write(`render ${renders.length} of ${request.url} (${request.headers["accept-encoding"] ?? "identity"}) `);
    // /timeline is a large page: its stored body is sent in slices (sendStored).
    setTimeout(() => response.end("x".repeat(url.pathname === "/timeline" ? 300_000 : 4096)), 5);
  };
}

/** `limit`: how many cached API answers the rate limit admits (the stand-in API counts none). */
async function serve(store: AnswerStore, limit = Infinity): Promise<Served> {
  const renders: string[] = [];
  const server = http.createServer(standInForNext(renders));
  const refusal = { status: 429, headers: { "content-type": "application/json", "retry-after": "60" }, body: Buffer.from("{}") };
  const admit = async () => (++served.admitted <= limit ? null : refusal);
  server.emit = frontCacheEmit(http.Server.prototype.emit, {
    app: () => ({ store, admit, origin: "http://atlas.test" }),
    buildId: "test-build",
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const served: Served = {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    renders,
    admitted: 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  servers.push(served);
  return served;
}

/** A raw GET (no decompression, no headers of its own), as a CDN or a load tester sends it. */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

const { redisUrl, keep, redisStore, bothStores } = useAnswerStores();

const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe.each(bothStores)("the front cache over the %s store", (_name, makeStore) => {
  let store: AnswerStore;
  let app: Served;
  beforeAll(async () => {
    store = await makeStore();
    await store.publish();
    app = await serve(store);
  });

  it("renders a page with options once, whatever their order, and a past view until a publication", async () => {
    const first = await get(app.base, "/compare?metric=power&scale=log");
    // The Host is not in the key: links are built on the configured origin, never on it.
    const again = await get(app.base, "/compare?scale=log&metric=power", { host: "other.test" });
    expect([first.headers["x-atlas-cache"], again.headers["x-atlas-cache"]]).toEqual(["MISS", "HIT"]);
    expect(again.body.equals(first.body)).toBe(true);
    // Next was asked for the full, uncompressed page.
    expect(first.body.toString()).toContain("render 1 of /compare?metric=power&scale=log (identity)");
    await get(app.base, `/?asOf=${yesterday}`);
    expect((await get(app.base, `/?asOf=${yesterday}`)).headers["x-atlas-cache"]).toBe("HIT");
    expect(app.renders).toEqual(["/compare?metric=power&scale=log", `/?asOf=${yesterday}`]);
    await store.publish();
    expect((await get(app.base, `/?asOf=${yesterday}`)).headers["x-atlas-cache"]).toBe("MISS");
    expect(app.renders).toHaveLength(3);
  });

  it("keys a client navigation (RSC) apart from the HTML, by its router headers", async () => {
    const html = await get(app.base, "/timeline?status=overdue");
    const rsc = await get(app.base, "/timeline?status=overdue", { rsc: "1", "next-router-state-tree": "tree-a" });
    const otherTree = await get(app.base, "/timeline?status=overdue", { rsc: "1", "next-router-state-tree": "tree-b" });
    expect([html, rsc, otherTree].map((reply) => reply.headers["content-type"])).toEqual([
      "text/html; charset=utf-8",
      "text/x-component",
      "text/x-component",
    ]);
    const rscAgain = await get(app.base, "/timeline?status=overdue", { rsc: "1", "next-router-state-tree": "tree-a" });
    expect([rscAgain.headers["x-atlas-cache"], rscAgain.body.equals(rsc.body)]).toEqual(["HIT", true]);
    expect(app.renders.filter((render) => render.startsWith("/timeline"))).toHaveLength(3);
  });

  it("renders, but never stores, a page asked for with a query key it does not read", async () => {
    await get(app.base, "/compare?metric=power&x=junk");
    const again = await get(app.base, "/compare?metric=power&x=junk");
    expect([again.status, again.headers["x-atlas-cache"]]).toEqual([200, undefined]);
    expect(app.renders.filter((render) => render === "/compare?metric=power&x=junk")).toHaveLength(2);
  });

  it("sends a hit with the miss's exact header names, an ETag, a 304 for it, and gzip to a client that takes it", async () => {
    const miss = await get(app.base, "/sources?asOf=2025-01-01");
    const hit = await get(app.base, "/sources?asOf=2025-01-01");
    const names = (reply: Reply) => Object.keys(reply.headers).sort();
    expect(names(hit)).toEqual(names(miss));
    expect([hit.headers["x-frame-options"], hit.headers["cache-control"], hit.headers.etag]).toEqual([
      "DENY",
      PUBLIC_CACHE,
      miss.headers.etag,
    ]);
    const revalidated = await get(app.base, "/sources?asOf=2025-01-01", { "if-none-match": miss.headers.etag! });
    expect([revalidated.status, revalidated.body.length]).toEqual([304, 0]);
    const zipped = await get(app.base, "/sources?asOf=2025-01-01", { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.body).equals(miss.body)).toBe(true);
    expect(hit.headers.vary).toMatch(/Accept-Encoding/);
  });

  it("never stores an editor's request, the editors' area, an error or an answer that sets a cookie", async () => {
    const renders = () => app.renders.length;
    const before = renders();
    const cases = [
      ["/programs/stargate?as=editor", { cookie: "__Host-atlas.session_token=abc" }],
      ["/admin/programs", {}],
      ["/programs/nobody", {}],
      ["/partners?login=1", {}],
      ["/api/health", {}],
      ["/api/auth/get-session", {}],
    ] as const;
    for (const [path, headers] of cases) {
      await get(app.base, path, headers);
      const again = await get(app.base, path, headers);
      expect(again.headers["x-atlas-cache"], path).not.toBe("HIT");
    }
    expect(renders() - before).toBe(2 * cases.length);
  });

  it("renders an address asked for by many readers at once a single time", async () => {
    const replies = await Promise.all(Array.from({ length: 12 }, () => get(app.base, "/programs?status=active")));
    expect(new Set(replies.map((reply) => reply.body.toString())).size).toBe(1);
    expect(app.renders.filter((render) => render === "/programs?status=active")).toHaveLength(1);
  });

  it("sends a large page whole, with its length, on the miss and on a hit", async () => {
    const miss = await get(app.base, "/timeline");
    const hit = await get(app.base, "/timeline");
    expect([miss.headers["x-atlas-cache"], hit.headers["x-atlas-cache"]]).toEqual(["MISS", "HIT"]);
    expect(miss.body.length).toBeGreaterThan(300_000);
    expect(hit.body.equals(miss.body)).toBe(true);
    expect(Number(hit.headers["content-length"])).toBe(hit.body.length);
  });
});

it("serves a cached API answer only to a client the rate limit admits, counting each request once", async () => {
  const app = await serve(memoryAnswerStore(), 2);
  const statuses = [];
  for (let i = 0; i < 4; i += 1) {
    const reply = await get(app.base, "/api/v1/compare?metric=power");
    statuses.push(`${reply.status} ${reply.headers["x-atlas-cache"] ?? reply.headers["retry-after"]}`);
  }
  // The miss is counted by the API itself; two hits are admitted; the third is refused by the front
  // cache with the API's 429 (handing it to the API would count it twice).
  expect(statuses).toEqual(["200 MISS", "200 HIT", "200 HIT", "429 60"]);
  expect([app.admitted, app.renders]).toEqual([3, ["/api/v1/compare?metric=power"]]);
});

it("answers through Next, storing nothing, while Redis stalls (paused, not refusing)", async () => {
  const app = await serve(await redisStore());
  const pauser = keep(new Redis(redisUrl()));
  await pauser.call("CLIENT", "PAUSE", "1500", "ALL");
  const started = Date.now();
  const reply = await get(app.base, "/partners?asOf=2025-01-01");
  expect([reply.status, reply.headers["x-atlas-cache"]]).toEqual([200, undefined]);
  expect(Date.now() - started).toBeLessThan(1000);
  await new Promise((resolve) => setTimeout(resolve, 1600));
  expect((await get(app.base, "/partners?asOf=2025-01-01")).headers["x-atlas-cache"]).toBe("MISS");
});

it("renders an API answer asked for by many clients at once a single time, counting every request", async () => {
  const app = await serve(memoryAnswerStore());
  const replies = await Promise.all(Array.from({ length: 12 }, () => get(app.base, "/api/v1/sources?format=csv")));
  expect(new Set(replies.map((reply) => `${reply.status} ${reply.body.toString()}`)).size).toBe(1);
  // The one that renders is counted by the API; the 11 that join it, by the front cache.
  expect([app.renders, app.admitted]).toEqual([["/api/v1/sources?format=csv"], 11]);
});

it("answers every request through Next, storing nothing, when Redis is gone", async () => {
  const own = await startRedis();
  const app = await serve(redisAnswerStore(keep(await connectedRedis(own.url))));
  await own.stop();
  const replies = [await get(app.base, "/embed/compare"), await get(app.base, "/embed/compare")];
  expect(replies.map((reply) => [reply.status, reply.headers["x-atlas-cache"]])).toEqual([
    [200, undefined],
    [200, undefined],
  ]);
  expect(app.renders).toEqual(["/embed/compare", "/embed/compare"]);
});

describe("two servers on one Redis", () => {
  it("serve A's render from B on the reader's next request, even when A's write to Redis is slow (within the bound)", async () => {
    const slow = await redisStore();
    const write: AnswerStore["write"] = (key, entry) => new Promise((landed) => setTimeout(landed, 100)).then(() => slow.write(key, entry));
    const a = await serve({ ...slow, write });
    const b = await serve(await redisStore());
    const past = `/compare?asOf=${yesterday}`;
    expect((await get(a.base, past)).headers["x-atlas-cache"]).toBe("MISS");
    expect((await get(b.base, past)).headers["x-atlas-cache"]).toBe("HIT");
  });
  it("serve A's render from B, and a publication through A drops it on B at once", async () => {
    const [a, b] = [await serve(await redisStore()), await serve(await redisStore())];
    const past = `/programs/stargate?asOf=${yesterday}`;
    await get(a.base, past);
    expect((await get(b.base, past)).headers["x-atlas-cache"]).toBe("HIT");
    expect(b.renders).toEqual([]);
    await (await redisStore()).publish();
    expect((await get(b.base, past)).headers["x-atlas-cache"]).toBe("MISS");
    expect(b.renders).toEqual([past]);
    // An instance whose connection is still opening (its first command) publishes all the same.
    const opening = keep(new Redis(redisUrl(), { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => 200 }));
    await redisAnswerStore(opening).publish();
    expect((await get(b.base, past)).headers["x-atlas-cache"]).toBe("MISS");
  });
});
