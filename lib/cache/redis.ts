import "server-only";
// The app's one Redis connection (REDIS_URL), for the API rate limit; null when REDIS_URL is unset.
// Next's page and answer cache has its own, in lib/cache/redis-cache-handler.mjs, which Next loads
// outside the app's bundles. Commands fail at once while Redis is away (no offline queue), so a
// caller can fall back instead of waiting; the client reconnects by itself.
import Redis from "ioredis";
import { env } from "@/lib/env";

// On globalThis: every route bundle must share one connection, as lib/db.ts shares one client.
const store = globalThis as typeof globalThis & { atlasRedis?: Redis | null };

export function sharedRedis(): Redis | null {
  if (store.atlasRedis !== undefined) return store.atlasRedis;
  const url = env().REDIS_URL;
  store.atlasRedis = url ? connect(url) : null;
  return store.atlasRedis;
}

function connect(url: string): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    // A stalled Redis (overloaded or paused, not refusing) fails a command after a second, so the rate
    // limit lets the request through and a cached answer is a miss, instead of every request hanging.
    commandTimeout: 1000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  let lastLogged = 0;
  // Without a listener ioredis reports every failed reconnection as an unhandled error; one line per 10 s.
  client.on("error", (error: Error) => {
    if (Date.now() - lastLogged < 10_000) return;
    lastLogged = Date.now();
    console.error("Redis unavailable (the API rate limit lets requests through meanwhile):", error.message);
  });
  return client;
}
