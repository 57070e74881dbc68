// The public pages, as Next path patterns: next.config.ts gives them the public Cache-Control, and
// the front cache (lib/cache/front-cache.mjs, plain JavaScript) keeps the same list, held equal to
// this one by tests/unit/cache/front-cache.test.ts. No Next imports: next.config.ts loads this file.
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
