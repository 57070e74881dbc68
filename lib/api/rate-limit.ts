// Per-address rate limit of the public API: ATLAS_API_RATE_LIMIT requests a minute, counted in
// Redis when REDIS_URL is set (every instance shares one count), else in this process's memory (a
// restart or a second instance starts its own count; the limit protects the database from one busy
// client, it is not an accounting system).
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { sharedRedis } from "@/lib/cache/redis";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The limiter's store: Redis when given a client, else memory. Only the store differs. */
export function createApiRateLimiter(points: number, redis: ReturnType<typeof sharedRedis> = null): RateLimiterAbstract {
  const options = { keyPrefix: "atlas-api", points, duration: 60 };
  return redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options);
}

// On globalThis: every route bundle must share one count, as lib/db.ts shares one client.
const store = globalThis as typeof globalThis & { atlasApiRateLimiter?: RateLimiterAbstract };

function sharedLimiter(): RateLimiterAbstract {
  store.atlasApiRateLimiter ??= createApiRateLimiter(env().ATLAS_API_RATE_LIMIT, sharedRedis());
  return store.atlasApiRateLimiter;
}

/** The client's address (lib/security/client-address.ts: the socket's, or per ATLAS_TRUSTED_PROXIES). */
export function clientKey(request: Request): string {
  return clientAddress(request.headers, env().ATLAS_TRUSTED_PROXIES);
}

// A refusal is told by its shape, not `instanceof RateLimiterRes`: the limiter on globalThis may come
// from another bundle's copy of the library (instrumentation.ts's, for the front cache).
const isRefusal = (rejection: unknown): rejection is RateLimiterRes =>
  rejection instanceof RateLimiterRes || (typeof rejection === "object" && rejection !== null && "msBeforeNext" in rejection);

/** Counts one request. Fails open: a limiter fault (Redis away) must not turn reads into errors. */
export async function takeApiToken(request: Request, limiter: RateLimiterAbstract = sharedLimiter()): Promise<RateDecision> {
  try {
    await limiter.consume(clientKey(request));
    return { allowed: true };
  } catch (rejection) {
    if (isRefusal(rejection)) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    console.error("API rate limiter failed:", rejection instanceof Error ? rejection.message : rejection);
    return { allowed: true };
  }
}
