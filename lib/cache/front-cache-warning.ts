// Only the preloaded hook (scripts/front-cache-hook.mjs, which `npm start` loads) caches public answers:
// a production server started without it (plain `next start`, a standalone server.js) renders every
// request from the database, and nothing else would say so. The hook marks globalThis when it loads;
// instrumentation.ts checks the mark once at start.
export type FrontCacheMark = { atlasFrontCacheHooked?: boolean };

export const frontCacheMissing =
  "public answers are not cached: start with npm start (it preloads scripts/front-cache-hook.mjs), or add " +
  "--import=<path to scripts/front-cache-hook.mjs> to NODE_OPTIONS. Every request renders from the database.";

/** The warning a server logs at start, or null: only production caches, so only there is a missing hook worth a word. */
export function frontCacheWarning(nodeEnv: string | undefined, scope: FrontCacheMark = globalThis as FrontCacheMark): string | null {
  return nodeEnv === "production" && scope.atlasFrontCacheHooked !== true ? frontCacheMissing : null;
}
