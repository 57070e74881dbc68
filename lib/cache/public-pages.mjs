// The public pages, as Next path patterns: next.config.ts gives them the public Cache-Control, and
// the front cache (lib/cache/front-cache.mjs) answers them from stored bytes. Plain JavaScript, so
// that both the config and the front cache (which runs before anything is compiled) read this one list.
//
// Each address with the query keys its page (or route) reads (lib/dashboard/*-params.ts,
// lib/charts/chart-ref.ts, lib/schemas/api/query.ts). The front cache stores no request with any
// other key (Next still answers it): a junk key must not render and store a new entry each time.
// A page that reads a new key must list it here, or its views with that key are simply uncached.
const compareKeys = ["program", "metric", "currency", "scale", "claims", "funding", "capacity", "unverified", "view", "asOf"];
const timelineKeys = ["program", "status", "asOf"];

/** @type {Record<string, string[]>} */
export const publicPageKeys = {
  "/": ["asOf"],
  "/programs": ["region", "country", "status", "kind", "overdue", "sort", "dir", "page", "asOf"],
  "/programs/:slug": ["asOf"],
  "/programs/:slug/announcements": ["asOf"],
  // `find`: the program picker's search without JavaScript (the pages only; embeds have no picker).
  "/compare": [...compareKeys, "find"],
  "/timeline": [...timelineKeys, "find"],
  "/map": compareKeys,
  "/partners": ["program", "kind", "unconfirmed", "asOf"],
  "/partners/:slug": ["asOf"],
  "/sources": ["program", "page", "asOf"],
  "/developers": [],
};

export const publicPages = Object.keys(publicPageKeys);

/** The embeds and the public API (never /api/auth, never /api/health), with the keys each reads. */
export const publicRouteKeys = {
  embeds: {
    "/embed/compare": [...compareKeys, "theme"],
    "/embed/timeline": [...timelineKeys, "theme"],
    "/embed/map": [...compareKeys, "theme"],
    "/embed/program/:slug": ["chart", "asOf", "theme"],
  },
  api: {
    "/api/v1/programs": ["asOf", "format", "limit", "cursor"],
    "/api/v1/programs/:slug": ["asOf", "format"],
    "/api/v1/program-names": ["q", "asOf", "format"],
    "/api/v1/milestones": [...timelineKeys, "format"],
    "/api/v1/organisations": ["asOf", "format"],
    "/api/v1/sources": ["asOf", "format"],
    "/api/v1/compare": [...compareKeys, "format"],
    "/api/v1/charts/compare": [...compareKeys, "format"],
    "/api/v1/charts/timeline": [...timelineKeys, "format"],
    "/api/v1/charts/map": [...compareKeys, "format"],
    "/api/v1/charts/program/:slug": ["chart", "asOf", "format"],
    "/api/v1/openapi.json": [],
    "/api/oembed": ["url", "maxwidth", "maxheight", "format"],
  },
};

/**
 * Routes whose past view also reads the live one: a pinned embed loads today's figures to say
 * whether newer ones exist (lib/embed/render/load-embed.ts). Any publication may change them, so the
 * front cache drops their past views at every publication, as it does live views.
 */
export const pastViewsReadingLive = Object.keys(publicRouteKeys.embeds);
