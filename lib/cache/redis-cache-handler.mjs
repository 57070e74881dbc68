// Next's cacheHandler when REDIS_URL is set (next.config.ts): what Next caches itself lives in
// Redis, shared by every instance, so a publication saved through one instance is what every
// instance serves on its next request. (Public answers are stored by the front cache, in
// lib/cache/answer-cache.ts's store.)
//
// Plain JavaScript because Next imports this file at run time, outside the app's bundles (Node 20
// cannot load TypeScript). For the same reason it reads REDIS_URL itself; lib/env.ts checks its shape.
//
// - An entry is one key, JSON with Buffers and Maps spelled out (a page's RSC payload is a Buffer,
//   its segments a Map), and a time to live so Redis never holds it forever.
// - Invalidation is by tag, as Next's own handler does it: revalidateTag records when each tag
//   expired, in one hash; get() refuses an entry older than the expiry of any of its tags.
// - Redis away: get() answers "not cached" and set() / revalidateTag() log and do nothing, so a
//   request renders from the database instead of failing. Commands fail at once rather than queue
//   (enableOfflineQueue: false), and the client reconnects by itself.
import Redis from "ioredis";

const PREFIX = "atlas:next:";
const TAGS = `${PREFIX}tag-expiry`;
// The longest an entry may stay: a past view is otherwise cached until an edit; Redis' own
// maxmemory policy (allkeys-lru, README) evicts least recently used entries before that.
const MAX_TTL_SECONDS = 7 * 24 * 3600;
const TAGS_HEADER = "x-next-cache-tags";

/** @type {Redis | undefined} */
let client;

function redis() {
  client ??= new Redis(process.env.REDIS_URL ?? "", {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  // Without a listener ioredis reports every failed reconnection as an unhandled error.
  if (client.listenerCount("error") === 0) client.on("error", (error) => logOnce(error));
  return client;
}

/** Waits up to 2 s for the connection to be ready (it may be opening, or Redis may be away). */
function whenReady(/** @type {Redis} */ client) {
  if (client.status === "ready") return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off("ready", done);
      resolve(undefined);
    };
    const timer = setTimeout(done, 2000);
    client.once("ready", done);
  });
}

let lastLogged = 0;
/** @param {unknown} error */
function logOnce(error) {
  // One line per 10 s at most: a Redis outage must not flood the log.
  if (Date.now() - lastLogged < 10_000) return;
  lastLogged = Date.now();
  console.error("Redis cache unavailable (answers are rendered uncached):", error instanceof Error ? error.message : error);
}

/** @param {string} _key @param {unknown} value */
function replacer(_key, value) {
  if (
    value &&
    typeof value === "object" &&
    /** @type {{ type?: unknown }} */ (value).type === "Buffer" &&
    Array.isArray(/** @type {{ data?: unknown }} */ (value).data)
  ) {
    return { $buffer: Buffer.from(/** @type {{ data: number[] }} */ (value).data).toString("base64") };
  }
  if (value instanceof Map) return { $map: [...value.entries()] };
  return value;
}

/** @param {string} _key @param {any} value */
function reviver(_key, value) {
  if (value && typeof value === "object") {
    if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
    if (Array.isArray(value.$map)) return new Map(value.$map);
  }
  return value;
}

export const serializeEntry = (/** @type {unknown} */ entry) => JSON.stringify(entry, replacer);
export const deserializeEntry = (/** @type {string} */ text) => JSON.parse(text, reviver);

/** The tags an entry answers to: a page's or route's own (in its headers), plus what get/set name. */
function tagsOf(/** @type {any} */ value, /** @type {any} */ ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const own = typeof header === "string" && header !== "" ? header.split(",") : [];
  return [...own, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

export default class RedisCacheHandler {
  /** @param {unknown} _context */
  constructor(_context) {
    redis();
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    try {
      const text = await redis().get(PREFIX + key);
      if (!text) return null;
      const entry = deserializeEntry(text);
      const tags = [...new Set([...tagsOf(entry.value, ctx), ...(entry.tags ?? [])])];
      if (tags.length > 0) {
        const expiries = await redis().hmget(TAGS, ...tags);
        const now = Date.now();
        const expired = expiries.some((at) => at !== null && Number(at) > entry.lastModified && Number(at) <= now);
        if (expired) return null;
      }
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    } catch (error) {
      logOnce(error);
      return null;
    }
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    try {
      const entry = { lastModified: Date.now(), value: data, tags: tagsOf(data, ctx), cacheControl: ctx?.cacheControl };
      const expire = ctx?.cacheControl?.expire;
      const ttl = typeof expire === "number" && expire > 0 ? Math.min(expire, MAX_TTL_SECONDS) : MAX_TTL_SECONDS;
      await redis().set(PREFIX + key, serializeEntry(entry), "EX", ttl);
    } catch (error) {
      logOnce(error);
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number } | undefined} durations */
  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    const at = Date.now() + (durations?.expire ?? 0) * 1000;
    try {
      // An invalidation must not be lost to a connection still opening (no offline queue).
      await whenReady(redis());
      await redis().hset(TAGS, Object.fromEntries(list.map((tag) => [tag, String(at)])));
    } catch (error) {
      // The edit is saved; what is cached may be older than it until each entry's hour is up.
      console.error("Redis cache: could not invalidate", list.join(", "), error instanceof Error ? error.message : error);
    }
  }

  resetRequestCache() {}
}
