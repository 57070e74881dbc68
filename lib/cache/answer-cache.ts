import "server-only";
// Where the front cache (lib/cache/front-cache.mjs) keeps public answers (pages, embeds, API
// answers, chart images): in Redis when REDIS_URL is set, shared by every instance; else in this process's memory, least
// recently used first out, bounded by size.
//
// Invalidation is a publication counter and its steps (lib/cache/publication-steps.ts). An entry
// records the counter it was rendered at and, for a past view, its day. A published edit increments
// the counter with the first day it can change (publishAnswers): every live answer is then a miss on
// every instance at its next request, and so is every past view of that day or later; a past view
// of an earlier day stays (what was known then did not change). Stale entries are evicted in time
// (LRU, TTL). A hit is one round trip: the counter and the entry (MGET), and for a past view the
// step of its day and the newest step too (a pipeline).
//
// Redis away: a read is a miss, a write is dropped, an invalidation is logged (the edit is saved;
// answers cached before it may be served until their hour is up, or until Redis is flushed).
import { LRUCache } from "lru-cache";
import type Redis from "ioredis";
import {
  addPublication,
  affectingInRedis,
  dayScore,
  lastAffecting,
  MAX_STEPS,
  stillTrue,
  type AffectedFrom,
  type Step,
} from "./publication-steps";
import { PUBLICATION_KEY, publishEveryDay, STEPS_KEY } from "./answer-keys";
import { sharedRedis } from "./redis";

export type StoredAnswer = {
  status: number;
  headers: Record<string, string>;
  etag: string;
  body: Buffer;
  /** The publication counter it was rendered at. */
  publication: string;
  /**
   * A past view's day, when only a publication affecting that day can change it; null (a live view,
   * or a past one that also reads the live view) when any publication does.
   */
  asOf: string | null;
  /** When it stops being served (ms since the epoch), or null: until a publication changes it. */
  expiresAt: number | null;
};

export type AnswerStore = {
  /**
   * The entry, if still true, and the current publication counter. `asOf`: the past day the request
   * asks for, whose entry a publication of a later day leaves standing (null: a live view).
   */
  read(key: string, asOf?: string | null): Promise<{ entry: StoredAnswer | null; publication: string }>;
  write(key: string, entry: StoredAnswer): Promise<void>;
  /** A published change, and the first day it can change (null, the default: unknown, every day). */
  publish(affectedFrom?: AffectedFrom): Promise<void>;
};

const MEMORY_BYTES = 64 * 1024 * 1024;
// A past view is kept until a publication; this only bounds how long Redis holds an unused one.
const REDIS_MAX_TTL_SECONDS = 7 * 24 * 3600;
const entryKey = (key: string) => `atlas:answers:${key}`;

type Asked = { asOf: string | null; current: string; affecting: number | undefined };

const fresh = (entry: StoredAnswer | null | undefined, asked: Asked, now: number): StoredAnswer | null =>
  entry && stillTrue(entry, asked) && (entry.expiresAt === null || entry.expiresAt > now) ? entry : null;

export function memoryAnswerStore(maxBytes: number = MEMORY_BYTES): AnswerStore {
  const entries = new LRUCache<string, StoredAnswer>({ maxSize: maxBytes, sizeCalculation: (entry) => entry.body.length + 512 });
  let publication = 0;
  // Nothing was stored before this store existed, so no earlier publication affected any day.
  let steps: Step[] = [{ from: -Infinity, publication: 0 }];
  return {
    async read(key, asOf = null) {
      const current = String(publication);
      const stored = entries.get(key);
      const entry = fresh(stored, { asOf, current, affecting: asOf === null ? undefined : lastAffecting(steps, asOf) }, Date.now());
      if (stored && !entry) entries.delete(key);
      return { entry, publication: current };
    },
    async write(key, entry) {
      entries.set(key, entry);
    },
    async publish(affectedFrom = null) {
      publication += 1;
      steps = addPublication(steps, publication, affectedFrom);
    },
  };
}

// In Redis an entry is one value: a JSON line of everything but the body, a newline, the body's bytes.
function encode(entry: StoredAnswer): Buffer {
  const { body, ...meta } = entry;
  return Buffer.concat([Buffer.from(`${JSON.stringify(meta)}\n`), body]);
}

function decode(value: Buffer): StoredAnswer | null {
  const newline = value.indexOf(10);
  if (newline < 0) return null;
  const meta = JSON.parse(value.subarray(0, newline).toString("utf8")) as Omit<StoredAnswer, "body">;
  // An entry stored before past views kept their day is treated as a live view's.
  return { ...meta, asOf: meta.asOf ?? null, body: value.subarray(newline + 1) };
}

let lastLogged = 0;
function logRedisFault(what: string, error: unknown): void {
  if (Date.now() - lastLogged < 10_000) return;
  lastLogged = Date.now();
  console.error(`Answer cache: ${what} failed (answering uncached):`, error instanceof Error ? error.message : error);
}

/** Waits up to `ms` for the connection to be ready (it may be opening, or Redis may be away). */
export function whenReady(redis: Redis, ms = 2000): Promise<void> {
  if (redis.status === "ready") return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      redis.off("ready", done);
      resolve();
    }
    redis.once("ready", done);
  });
}

// addPublication (publication-steps.ts) in Redis, in one script so that two instances publishing at
// once cannot interleave (a step removed by a publication older than it would let a stale view
// through). The counter never falls behind the steps; a counter lost (evicted by Redis) restarts from
// the clock in ms, so no number an entry stored before may hold comes back.
const PUBLISH_SCRIPT = `
local top = redis.call('ZRANGE', KEYS[2], -1, -1)
local current = tonumber(redis.call('GET', KEYS[1]) or '-1')
if current < 0 then
  local time = redis.call('TIME')
  current = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end
if top[1] and tonumber(top[1]) > current then current = tonumber(top[1]) end
local publication = string.format('%d', current + 1)
redis.call('SET', KEYS[1], publication)
if redis.call('EXISTS', KEYS[2]) == 0 then
  redis.call('ZADD', KEYS[2], '-inf', publication)
  return publication
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], ARGV[1], '+inf')
redis.call('ZADD', KEYS[2], ARGV[1], publication)
local merged = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[2])
if merged > 0 then
  local oldest = redis.call('ZRANGE', KEYS[2], 0, merged)
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, merged)
  redis.call('ZADD', KEYS[2], '-inf', oldest[#oldest])
end
return publication`;

type Together = { publication: Buffer | null; step?: string; top?: string; value: Buffer | null };

/** The counter, the step of `asOf` (a past view) and the newest step, and the entry, in one round trip. */
async function readTogether(redis: Redis, key: string, asOf: string | null): Promise<Together> {
  if (asOf === null) {
    const [publication, value] = await redis.mgetBuffer(PUBLICATION_KEY, entryKey(key));
    return { publication: publication ?? null, value: value ?? null };
  }
  const replies = await redis
    .pipeline()
    .getBuffer(PUBLICATION_KEY)
    .zrevrangebyscore(STEPS_KEY, dayScore(asOf), "-inf", "LIMIT", 0, 1)
    .zrange(STEPS_KEY, -1, -1)
    .getBuffer(entryKey(key))
    .exec();
  const failed = replies?.find(([error]) => error)?.[0];
  if (!replies || failed) throw failed ?? new Error("no reply");
  const [publication, step, top, value] = replies.map(([, reply]) => reply);
  return {
    publication: publication as Buffer | null,
    step: (step as string[])[0],
    top: (top as string[])[0],
    value: value as Buffer | null,
  };
}

export function redisAnswerStore(redis: Redis): AnswerStore {
  let scriptRefusalLogged = false;
  return {
    async read(key, asOf = null) {
      try {
        const { publication, step, top, value } = await readTogether(redis, key, asOf);
        const current = publication?.toString() ?? "0";
        // No step for the day: the steps were lost (evicted), so only the current publication's entries hold.
        const affecting = affectingInRedis(
          step === undefined ? undefined : Number(step),
          top === undefined ? undefined : Number(top),
          Number(current),
        );
        return { entry: value ? fresh(decode(value), { asOf, current, affecting }, Date.now()) : null, publication: current };
      } catch (error) {
        logRedisFault("read", error);
        // No counter: what is rendered now is not stored (see write).
        return { entry: null, publication: "" };
      }
    },
    async write(key, entry) {
      if (entry.publication === "") return;
      const ttl = entry.expiresAt === null ? REDIS_MAX_TTL_SECONDS : Math.max(1, Math.ceil((entry.expiresAt - Date.now()) / 1000));
      try {
        await redis.set(entryKey(key), encode(entry), "EX", ttl);
      } catch (error) {
        logRedisFault("write", error);
      }
    },
    async publish(affectedFrom = null) {
      try {
        // A publication must not be lost to a connection still opening (no offline queue).
        await whenReady(redis);
        const from = affectedFrom === null ? "-inf" : String(dayScore(affectedFrom));
        await redis.eval(PUBLISH_SCRIPT, 2, PUBLICATION_KEY, STEPS_KEY, from, String(MAX_STEPS));
      } catch (error) {
        const message = error instanceof Error ? error.message : error;
        try {
          // Scripts refused (an ACL, a managed Redis): a publication of every day still invalidates.
          await publishEveryDay(redis);
          if (!scriptRefusalLogged)
            console.error("Answer cache: Redis refused the publication script, so each drops every past view:", message);
          scriptRefusalLogged = true;
        } catch {
          console.error("Answer cache: could not record a publication in Redis:", message);
        }
      }
    },
  };
}

// On globalThis: every route bundle must share one store, as lib/db.ts shares one client.
const shared = globalThis as typeof globalThis & { atlasAnswerStore?: AnswerStore };

export function answerStore(): AnswerStore {
  if (!shared.atlasAnswerStore) {
    const redis = sharedRedis();
    shared.atlasAnswerStore = redis ? redisAnswerStore(redis) : memoryAnswerStore();
  }
  return shared.atlasAnswerStore;
}

/**
 * A published change, on every instance: every live answer is out of date, and every past view of
 * `affectedFrom` or later (null: of any day).
 */
export function publishAnswers(affectedFrom: AffectedFrom): Promise<void> {
  return answerStore().publish(affectedFrom);
}
