// What several instances share through a real Redis besides the front cache's answers
// (tests/integration/front-cache.test.ts): the page cache handler Next uses with REDIS_URL
// (lib/cache/redis-cache-handler.mjs) and the API rate limit, shared by two "instances" (two
// clients), and harmless when Redis goes away.
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiRateLimiter, takeApiToken } from "../../lib/api/rate-limit";
import { redisAnswerStore } from "../../lib/cache/answer-cache";
import { publishFromScript } from "../../lib/cache/answer-keys";
import { storedAnswer } from "../factories/stored-answer";
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

describe("several instances on one Redis", () => {
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

describe("a Redis that refuses scripts", () => {
  it("still records a publication, as one of every day: a stored past view is a miss", async () => {
    const admin = await ready(client());
    await admin.call("ACL", "SETUSER", "noscripts", "on", "nopass", "~*", "&*", "+@all", "-@scripting");
    const url = new URL(server.url);
    url.username = "noscripts";
    const redis = new Redis(url.toString(), { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => 200 });
    redis.on("error", () => {});
    clients.push(redis);
    const store = redisAnswerStore(await ready(redis));
    await admin.zadd("atlas:answers:steps", "-inf", "1");
    await admin.set("atlas:answers:publication", "1");
    await store.write("refused", storedAnswer("1", "2025-02-01"));
    expect((await store.read("refused", "2025-02-01")).entry).not.toBeNull();
    await store.publish("2025-03-01");
    expect([await admin.get("atlas:answers:publication"), (await store.read("refused", "2025-02-01")).entry]).toEqual(["2", null]);
  });
});

describe("a seed on a database the app serves", () => {
  it("drops every answer stored in Redis, past views included", async () => {
    const store = redisAnswerStore(await ready(client()));
    await store.publish("2025-03-01");
    const { publication } = await store.read("seeded", "2025-02-01");
    await store.write("seeded", storedAnswer(publication, "2025-02-01"));
    expect((await store.read("seeded", "2025-02-01")).entry).not.toBeNull();
    await publishFromScript(server.url);
    expect((await store.read("seeded", "2025-02-01")).entry).toBeNull();
  });
});

describe("Redis going away", () => {
  it("leaves the rate limit open and a publication harmless, never an error", async () => {
    const own = await startRedis();
    const redis = new Redis(own.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => 200 });
    redis.on("error", () => {});
    try {
      await ready(redis);
      const store = redisAnswerStore(redis);
      const limiter = createApiRateLimiter(1, redis);
      await own.halt();
      expect(await store.read("any")).toEqual({ entry: null, publication: "" });
      const from = new Request("http://atlas.test/api/v1/programs", { headers: { "x-forwarded-for": "203.0.113.10" } });
      expect([(await takeApiToken(from, limiter)).allowed, (await takeApiToken(from, limiter)).allowed]).toEqual([true, true]);
      await expect(store.publish()).resolves.toBeUndefined();
    } finally {
      redis.disconnect();
      await own.stop();
    }
  });
});
