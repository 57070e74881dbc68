// The cache of public answers (lib/cache/cached-answer.ts) in memory and in a real Redis, the
// page cache handler Next uses with REDIS_URL (lib/cache/redis-cache-handler.mjs), and the API
// rate limit in Redis: shared by two "instances" (two clients), and harmless when Redis goes away.
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiRateLimiter, takeApiToken } from "../../lib/api/rate-limit";
import { memoryAnswerStore, redisAnswerStore, type AnswerStore } from "../../lib/cache/answer-cache";
import { cachedAnswer, isPastView } from "../../lib/cache/cached-answer";
import { startRedis, type RedisServer } from "../support/redis-server";

let server: RedisServer;
const clients: Redis[] = [];
function client(): Redis {
  const redis = new Redis(server.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => 200 });
  redis.on("error", () => {});
  clients.push(redis);
  return redis;
}
async function ready(redis: Redis): Promise<Redis> {
  if (redis.status !== "ready") await new Promise((resolve) => redis.once("ready", resolve));
  return redis;
}

beforeAll(async () => {
  server = await startRedis();
  process.env.REDIS_URL = server.url;
});
afterAll(async () => {
  for (const redis of clients) redis.disconnect();
  delete process.env.REDIS_URL;
  await server.stop();
});

/** A renderer that counts its calls and answers with the count, as a route would with its data. */
function renderer(status = 200) {
  const counter = { calls: 0 };
  const produce = async (request: Request) => {
    counter.calls += 1;
    expect(request.headers.get("if-none-match")).toBeNull();
    return new Response(`render ${counter.calls}`, { status, headers: { "Content-Type": "text/plain" } });
  };
  return { counter, produce };
}

const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://atlas.test${path}`, { headers: { host: "atlas.test", ...headers } });

describe.each([
  ["memory", async () => memoryAnswerStore()],
  ["Redis", async () => redisAnswerStore(await ready(client()))],
])("cached answers in %s", (_name, makeStore) => {
  let store: AnswerStore;
  beforeAll(async () => {
    store = await makeStore();
    await store.publish();
  });

  it("renders an address once, whatever the order of its options, until a publication", async () => {
    const { counter, produce } = renderer();
    const first = await cachedAnswer(get("/api/v1/compare?metric=power&scale=log"), produce, store);
    const again = await cachedAnswer(get("/api/v1/compare?scale=log&metric=power"), produce, store);
    expect([await first.text(), await again.text(), counter.calls]).toEqual(["render 1", "render 1", 1]);
    expect(again.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
    expect(again.headers.get("content-type")).toBe("text/plain");
    await store.publish();
    expect(await (await cachedAnswer(get("/api/v1/compare?metric=power&scale=log"), produce, store)).text()).toBe("render 2");
  });

  it(
    "keeps options apart, shares one entry whatever the Host (links never come from it), answers " + "304 to the ETag, and stores no error",
    async () => {
      const { counter, produce } = renderer();
      await cachedAnswer(get("/embed/compare?theme=dark"), produce, store);
      await cachedAnswer(get("/embed/compare?theme=light"), produce, store);
      await cachedAnswer(get("/embed/compare?theme=dark", { host: "other.test" }), produce, store);
      expect(counter.calls).toBe(2);
      const stored = await cachedAnswer(get("/embed/compare?theme=dark"), produce, store);
      const etag = stored.headers.get("etag") ?? "";
      expect(etag).toMatch(/^W\/".+"$/);
      const revalidated = await cachedAnswer(get("/embed/compare?theme=dark", { "if-none-match": etag }), produce, store);
      expect([revalidated.status, await revalidated.text(), counter.calls]).toEqual([304, "", 2]);
      const failing = renderer(503);
      await cachedAnswer(get("/api/v1/programs?x=1"), failing.produce, store);
      expect((await cachedAnswer(get("/api/v1/programs?x=1"), failing.produce, store)).status).toBe(503);
      expect(failing.counter.calls).toBe(2);
    },
  );

  it("renders an address asked for by many readers at once only once", async () => {
    const { counter, produce } = renderer();
    const answers = await Promise.all(Array.from({ length: 20 }, () => cachedAnswer(get("/api/v1/sources?burst=1"), produce, store)));
    expect(new Set(await Promise.all(answers.map((a) => a.text())))).toEqual(new Set(["render 1"]));
    expect(counter.calls).toBe(1);
  });
});

describe("several instances on one Redis", () => {
  it("serve one instance's answer from the other, and a publication through one reaches the other at once", async () => {
    const [a, b] = [redisAnswerStore(await ready(client())), redisAnswerStore(await ready(client()))];
    const { counter, produce } = renderer();
    await cachedAnswer(get("/embed/timeline"), produce, a);
    expect(await (await cachedAnswer(get("/embed/timeline"), produce, b)).text()).toBe("render 1");
    await a.publish();
    expect(await (await cachedAnswer(get("/embed/timeline"), produce, b)).text()).toBe("render 2");
    // An instance whose connection is still opening (its first command) publishes all the same.
    await redisAnswerStore(client()).publish();
    expect(await (await cachedAnswer(get("/embed/timeline"), produce, b)).text()).toBe("render 3");
    expect(counter.calls).toBe(3);
  });

  it("count one API rate limit", async () => {
    const [a, b] = [createApiRateLimiter(2, await ready(client())), createApiRateLimiter(2, await ready(client()))];
    const from = new Request("http://atlas.test/api/v1/programs", { headers: { "x-forwarded-for": "203.0.113.9" } });
    expect([(await takeApiToken(from, a)).allowed, (await takeApiToken(from, a)).allowed]).toEqual([true, true]);
    expect(await takeApiToken(from, b)).toMatchObject({ allowed: false });
  });

  it("share cached pages through Next's cache handler, and a revalidated tag drops them everywhere", async () => {
    const { default: Handler, serializeEntry, deserializeEntry } = await import("../../lib/cache/redis-cache-handler.mjs");
    const [a, b] = [new Handler({}), new Handler({})];
    const page = {
      kind: "APP_PAGE",
      html: "<p>hi</p>",
      rscData: Buffer.from("rsc"),
      segmentData: new Map([["/_tree", Buffer.from("tree")]]),
      headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/compare" },
      status: 200,
    };
    const roundTrip = deserializeEntry(serializeEntry(page)) as typeof page;
    expect(roundTrip.rscData.equals(Buffer.from("rsc"))).toBe(true);
    expect(roundTrip.segmentData.get("/_tree")?.toString()).toBe("tree");
    // Commands before the connection is up fail at once (no offline queue): retry until B reads it.
    let seen = null;
    for (let i = 0; i < 100 && !seen; i += 1) {
      await a.set("/cached/compare/live", page, { cacheControl: { revalidate: 3600, expire: 86400 } });
      seen = await b.get("/cached/compare/live", { kind: "APP_PAGE" });
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((seen?.value as typeof page | undefined)?.html).toBe("<p>hi</p>");
    expect(seen?.cacheControl).toEqual({ revalidate: 3600, expire: 86400 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.revalidateTag("_N_T_/compare");
    expect(await b.get("/cached/compare/live", { kind: "APP_PAGE" })).toBeNull();
  });
});

describe("Redis going away", () => {
  it("leaves answers uncached but answered, the rate limit open, and the page cache empty, never an error", async () => {
    const own = await startRedis();
    const redis = new Redis(own.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => 200 });
    redis.on("error", () => {});
    try {
      await ready(redis);
      const store = redisAnswerStore(redis);
      const limiter = createApiRateLimiter(1, redis);
      await own.halt();
      const { counter, produce } = renderer();
      const answers = [
        await cachedAnswer(get("/api/v1/programs"), produce, store),
        await cachedAnswer(get("/api/v1/programs"), produce, store),
      ];
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      expect(counter.calls).toBe(2);
      const from = new Request("http://atlas.test/api/v1/programs", { headers: { "x-forwarded-for": "203.0.113.10" } });
      expect([(await takeApiToken(from, limiter)).allowed, (await takeApiToken(from, limiter)).allowed]).toEqual([true, true]);
      await expect(store.publish()).resolves.toBeUndefined();
    } finally {
      redis.disconnect();
      await own.stop();
    }
  });
});

it("tells a past view (asOf before today, UTC) from a live one", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  const at = (query: string) => isPastView(new Request(`http://atlas.test/embed/compare${query}`), now);
  expect([at(""), at("?asOf=2026-03-09"), at("?asOf=2026-03-10"), at("?asOf=2027-01-01"), at("?asOf=nope")]).toEqual([
    false,
    true,
    false,
    false,
    false,
  ]);
});
