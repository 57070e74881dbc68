// The public pages, as Next path patterns: next.config.ts gives them the public Cache-Control, and
// the front cache (lib/cache/front-cache.mjs) answers them from stored bytes. Plain JavaScript, so
// that both the config and the front cache (which runs before anything is compiled) read this one list.
export const publicPages = [
  "/",
  "/programs",
  "/programs/:slug",
  "/compare",
  "/timeline",
  "/partners",
  "/partners/:slug",
  "/sources",
  "/developers",
];
