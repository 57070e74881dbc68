// Per-address rate limit of the public API: ATLAS_API_RATE_LIMIT requests a minute, counted in
// this process's memory (a restart or a second instance starts its own count; the limit protects
// the database from one busy client, it is not an accounting system).
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function createApiRateLimiter(points: number): RateLimiterMemory {
  return new RateLimiterMemory({ keyPrefix: "atlas-api", points, duration: 60 });
}

// On globalThis: every route bundle must share one count, as lib/db.ts shares one client.
const store = globalThis as typeof globalThis & { atlasApiRateLimiter?: RateLimiterMemory };

function sharedLimiter(): RateLimiterMemory {
  store.atlasApiRateLimiter ??= createApiRateLimiter(env().ATLAS_API_RATE_LIMIT);
  return store.atlasApiRateLimiter;
}

/** The client's address (lib/security/client-address.ts: the socket's, or per ATLAS_TRUSTED_PROXIES). */
export function clientKey(request: Request): string {
  return clientAddress(request.headers, env().ATLAS_TRUSTED_PROXIES);
}

/** Counts one request. Fails open: a limiter fault must not turn reads into errors. */
export async function takeApiToken(request: Request, limiter: RateLimiterMemory = sharedLimiter()): Promise<RateDecision> {
  try {
    await limiter.consume(clientKey(request));
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    console.error("API rate limiter failed:", rejection instanceof Error ? rejection.message : rejection);
    return { allowed: true };
  }
}
