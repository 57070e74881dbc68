// How public answers may be cached (pages through next.config.ts, everything else through the
// responses below). The server keeps every public answer until a publication changes it
// (lib/cache/front-cache.mjs), so a publication is what the very next request to us sees. In front of us:
//   - browsers store nothing fresh (max-age=0): they revalidate every use with the ETag (a 304);
//   - a shared cache (a CDN) may serve an answer for 30 s (s-maxage), then for up to 30 s more
//     while it fetches the new one (stale-while-revalidate), so a spike of readers costs us about
//     one request per address per 30 s per CDN node, and a publication reaches every reader
//     within PUBLICATION_DELAY_SECONDS (60 s). README ("Operations") states the bound and why.
// ETags are weak (a hash of the body): the server may compress the body.
import { etagMatches, weakEtagOf } from "./http-rules.mjs";

export { etagMatches, weakEtagOf };

export const CDN_FRESH_SECONDS = 30;
export const CDN_STALE_SECONDS = 30;
export const PUBLICATION_DELAY_SECONDS = CDN_FRESH_SECONDS + CDN_STALE_SECONDS;
export const PUBLIC_CACHE = `public, max-age=0, s-maxage=${CDN_FRESH_SECONDS}, stale-while-revalidate=${CDN_STALE_SECONDS}`;

/** A 200 with the body, or a 304 without it when the client already holds this exact body. */
export function cacheableResponse(request: Request, body: string, headers: Record<string, string>): Response {
  const etag = weakEtagOf(body);
  const all = { ...headers, "Cache-Control": PUBLIC_CACHE, ETag: etag };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: all });
  return new Response(body, { status: 200, headers: all });
}
