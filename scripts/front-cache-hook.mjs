// Preloaded into the Next server by scripts/start.ts (node --import), before the peer-address
// hook, which so runs first and gives the rate limit the socket's address: public pages, embeds and
// API answers are answered from stored bytes before Next routes them (lib/cache/front-cache.mjs).
// In production only: `next dev` must show each edit of the code. What it serves with (the answer
// store, the API's rate limit) is handed over by instrumentation.ts when the server starts.
import http from "node:http";
import { frontCacheEmit } from "../lib/cache/front-cache.mjs";

http.Server.prototype.emit = frontCacheEmit(http.Server.prototype.emit, {
  app: () => globalThis.atlasFrontCache,
  enabled: () => process.env.NODE_ENV === "production",
});
// The mark instrumentation.ts looks for: without it, a production server warns that it caches nothing.
globalThis.atlasFrontCacheHooked = true;
