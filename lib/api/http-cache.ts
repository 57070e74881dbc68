// How public reads may be cached. Browsers and shared caches may store a page or an API answer,
// but must ask us again before every use (max-age=0, must-revalidate): an editor's published
// change is then what the very next request sees, with no purge to send and no stale window
// (an s-maxage or stale-while-revalidate would let a CDN serve the old figure for that long).
// API answers carry a weak ETag (a hash of the body), so that a revalidation whose data has not
// changed ends in a 304 with no body. It is weak because the server may compress the body.
import { createHash } from "node:crypto";

export const PUBLIC_REVALIDATE = "public, max-age=0, must-revalidate";

export function weakEtagOf(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url")}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ is ignored, "*" matches any. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** A 200 with the body, or a 304 without it when the client already holds this exact body. */
export function cacheableResponse(request: Request, body: string, headers: Record<string, string>): Response {
  const etag = weakEtagOf(body);
  const all = { ...headers, "Cache-Control": PUBLIC_REVALIDATE, ETag: etag };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: all });
  return new Response(body, { status: 200, headers: all });
}
