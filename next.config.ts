import path from "node:path";
import type { NextConfig } from "next";
import { PUBLIC_CACHE } from "./lib/cache/http-cache";
import { editorPathPattern, editorRoutes } from "./lib/auth/paths";
import { publicPages, publicRouteKeys } from "./lib/cache/public-pages.mjs";
import { env } from "./lib/env";
import { floorHeaderRules } from "./scripts/bench/static-floor";
import { hintStartupChunks } from "./scripts/compile-hints";
import { editorFallbackContentSecurityPolicy, everyResponseHeaders, publicContentSecurityPolicy } from "./lib/security/headers";

// Only /embed/* may be framed by other sites; everything else refuses framing outright (the
// policy's frame-ancestors 'none', and X-Frame-Options for browsers that predate it). The values
// and the reasons behind them: lib/security/headers.ts.
const noFraming = [
  { key: "Content-Security-Policy", value: publicContentSecurityPolicy },
  { key: "X-Frame-Options", value: "DENY" },
];

// Caching. Public pages show published data only, the same to every reader, so browsers and shared
// caches may store them: browsers revalidate every use, a CDN may serve one for 30 s and 30 s more
// while it refetches (lib/cache/http-cache.ts says why; README states the 60 s publication delay).
// Next 16 sends "private, no-cache, no-store" for dynamically rendered pages unless a
// Cache-Control is already set, and headers() sets it first (honoured since Next 14.2.10).
// The server itself keeps every public page, for any options, in the front cache
// (lib/cache/front-cache.mjs), which stores what Next sends with these headers and adds an ETag.
// The editor area is never stored anywhere. The pages are listed (lib/cache/public-pages.mjs), not
// matched by exclusion, so a new route (a sign-in page, say) is not made public by accident. Embeds
// (/embed/*) send their own headers, framing and caching included, from their route handlers
// (lib/embed/render/embed-response.ts).
// The embed routes (app/(embed)/embed, listed in lib/cache/public-pages.mjs), as patterns of their
// address after /embed/: each sends its own framing policy, so the site's "no framing" headers leave
// exactly these out.
const embedRoutes = Object.keys(publicRouteKeys.embeds).map((path) => path.replace(/^\/embed\//, "").replace(/:[a-z]+/g, "[^/]+"));
const publicCache = [{ key: "Cache-Control", value: PUBLIC_CACHE }];
const neverStore = [{ key: "Cache-Control", value: "no-store" }];
// The editors' routes (lib/auth/paths.ts) are never stored, by a browser or anyone else.

// The editors' area gets its policy, with a fresh nonce, from proxy.ts. This one is what it falls
// back to if the proxy did not run: no scripts at all. The lower-case key is deliberate: Next keeps
// config and proxy headers in one object keyed by name, and the proxy's names are lower-case, so
// its value replaces this one and a response carries exactly one policy (tests/e2e/security-headers.spec.ts).
const editorFallback = [{ key: "content-security-policy", value: editorFallbackContentSecurityPolicy }];

// Several instances (REDIS_URL, read when `next start` loads this file, in the project's folder): cached pages and answers
// live in Redis through our handler, and no instance keeps its own copy in front of it
// (cacheMaxMemorySize 0), or an edit through one instance would not reach the others' copies.
// Unset: Next's own cache, in this process's memory (50 MB, least recently used first out).
const redisUrl = env().REDIS_URL;
const sharedCache: Pick<NextConfig, "cacheHandler" | "cacheMaxMemorySize"> = redisUrl
  ? { cacheHandler: path.resolve("lib/cache/redis-cache-handler.mjs"), cacheMaxMemorySize: 0 }
  : {};

const nextConfig: NextConfig = {
  ...sharedCache,
  poweredByHeader: false,
  // The embedded database and the migration tooling are Node-only; keep them out of the bundles.
  // resvg is a native addon (its .node binary is loaded at run time), so it stays external too.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@resvg/resvg-js"],
  // Cached pages live in this process's memory only: on disk (Next's default) a page rendered against
  // one database would outlive the process and be served after a restart on another database or a
  // restored backup, for up to an hour. Several instances share one cache through a cacheHandler.
  experimental: { isrFlushToDisk: false },
  // The framework's start-up chunks are compiled by V8 off the main thread (scripts/compile-hints.ts says why).
  compiler: {
    runAfterProductionCompile: async (output) => {
      await hintStartupChunks(output);
    },
  },
  async headers() {
    return [
      { source: "/:path*", headers: everyResponseHeaders },
      // Exactly the embed routes are left out (their handlers send their own policy), and the
      // editors' area (below); any other address under /embed (/embed, /embed/nope: Next's 404
      // page) refuses framing too.
      { source: `/((?!embed/(?:${embedRoutes.join("|")})$|(?:${editorPathPattern})$).*)`, headers: noFraming },
      { source: `/(${editorPathPattern})`, headers: [...editorFallback, { key: "X-Frame-Options", value: "DENY" }] },
      // Chart images (lib/images): an SVG opened from our origin is a document, so it may draw and
      // style itself and run nothing. Listed after noFraming, whose Content-Security-Policy it replaces.
      {
        source: "/api/v1/charts/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'" }],
      },
      ...publicPages.map((source) => ({ source, headers: publicCache })),
      ...editorRoutes.map((source) => ({ source, headers: neverStore })),
      // bench:load's static floors (.next/static/bench-floor/, there only while it runs) are stored
      // gzipped as their targets are sent, and must be served so, not compressed again on each request.
      ...floorHeaderRules,
    ];
  },
};

export default nextConfig;
