// Runs once when the server starts. It hands the front cache (lib/cache/front-cache.mjs), which
// answers before Next routes a request, what it serves with: the app's answer store
// (lib/cache/answer-cache.ts: memory or Redis, with the publication counter) and the API's rate
// limit, so a cached API answer is still counted (and a refusal sent as the API sends it). On
// globalThis, where the preloaded hook finds it. Without the hook it warns that nothing public is cached.
import type { FrontCacheApp } from "./lib/cache/front-cache.mjs";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { frontCacheWarning } = await import("./lib/cache/front-cache-warning");
  const warning = frontCacheWarning(process.env.NODE_ENV);
  if (warning) console.warn(`Compute Atlas: ${warning}`);
  const { answerStore } = await import("./lib/cache/answer-cache");
  const { takeApiToken } = await import("./lib/api/rate-limit");
  const { rateLimited } = await import("./lib/api/public-get");
  const { siteOrigin } = await import("./lib/security/site-origin");
  const app: FrontCacheApp = {
    store: answerStore(),
    origin: siteOrigin(),
    admit: async (headers) => {
      const given = Object.entries(headers).flatMap(([name, value]) =>
        value === undefined ? [] : [[name, String(value)] as [string, string]],
      );
      const token = await takeApiToken(new Request("http://front.cache/", { headers: given }));
      if (token.allowed) return null;
      // The API's own refusal, sent by the front cache: the request is already counted.
      const refusal = rateLimited(token.retryAfterSeconds);
      return { status: refusal.status, headers: Object.fromEntries(refusal.headers), body: Buffer.from(await refusal.arrayBuffer()) };
    },
  };
  (globalThis as typeof globalThis & { atlasFrontCache?: FrontCacheApp }).atlasFrontCache = app;
}
