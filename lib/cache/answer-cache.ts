import "server-only";
// Where the front cache (lib/cache/front-cache.mjs) keeps public answers (pages, embeds, API
// answers, chart images): in Redis when REDIS_URL is set, shared by every instance; else in this process's memory, least
// recently used first out, bounded by size.
//
// Invalidation is one publication counter (the coarsest tag: every public answer). An entry records
// the counter it was rendered at; a published edit increments it (publishAnswers), so every older
// entry is a miss on every instance at its next request, and is evicted in time (LRU, TTL). An
// entry is read with the counter in one round trip (MGET), so a hit costs one Redis command.
//
// Redis away: a read is a miss, a write is dropped, an invalidation is logged (the edit is saved;
// answers cached before it may be served until their hour is up, or until Redis is flushed).
import { LRUCache } from "lru-cache";
import type Redis from "ioredis";
import { sharedRedis } from "./redis";

export type StoredAnswer = {
  status: number;
  headers: Record<string, string>;
  etag: string;
  body: Buffer;
  /** The publication counter it was rendered at. */
  publication: string;
  /** When it stops being served (ms since the epoch), or null: until the next publication. */
  expiresAt: number | null;
};

export type AnswerStore = {
  /** The entry and the current publication counter (an entry from an older one is not returned). */
  read(key: string): Promise<{ entry: StoredAnswer | null; publication: string }>;
  write(key: string, entry: StoredAnswer): Promise<void>;
  publish(): Promise<void>;
};

const MEMORY_BYTES = 64 * 1024 * 1024;
// A past view is kept until a publication; this only bounds how long Redis holds an unused one.
const REDIS_MAX_TTL_SECONDS = 7 * 24 * 3600;
const PUBLICATION_KEY = "atlas:answers:publication";
const entryKey = (key: string) => `atlas:answers:${key}`;

const fresh = (entry: StoredAnswer | null | undefined, publication: string, now: number): StoredAnswer | null =>
  entry && entry.publication === publication && (entry.expiresAt === null || entry.expiresAt > now) ? entry : null;

export function memoryAnswerStore(maxBytes: number = MEMORY_BYTES): AnswerStore {
  const entries = new LRUCache<string, StoredAnswer>({ maxSize: maxBytes, sizeCalculation: (entry) => entry.body.length + 512 });
  let publication = 0;
  return {
    async read(key) {
      return { entry: fresh(entries.get(key), String(publication), Date.now()), publication: String(publication) };
    },
    async write(key, entry) {
      entries.set(key, entry);
    },
    async publish() {
      publication += 1;
      entries.clear();
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
  return { ...meta, body: value.subarray(newline + 1) };
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

export function redisAnswerStore(redis: Redis): AnswerStore {
  return {
    async read(key) {
      try {
        const [publication, value] = await redis.mgetBuffer(PUBLICATION_KEY, entryKey(key));
        const current = publication?.toString() ?? "0";
        return { entry: value ? fresh(decode(value), current, Date.now()) : null, publication: current };
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
    async publish() {
      try {
        // A publication must not be lost to a connection still opening (no offline queue).
        await whenReady(redis);
        await redis.incr(PUBLICATION_KEY);
      } catch (error) {
        console.error("Answer cache: could not record a publication in Redis:", error instanceof Error ? error.message : error);
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

/** A published change: every cached answer is out of date, on every instance. */
export function publishAnswers(): Promise<void> {
  return answerStore().publish();
}
