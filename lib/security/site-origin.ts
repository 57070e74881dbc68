// The absolute origin that snippets, oEmbed answers and discovery links carry: what a reader's
// browser, or a CMS on another site, must use to reach us.
//
// 1. ATLAS_BASE_URL when it is set (lib/env.ts): the address people use. Set it in production,
//    behind a proxy, so that the answer never depends on what a client put in its headers.
// 2. Else the request's own Host header, with https only when a proxy says so in
//    X-Forwarded-Proto (its first value); http otherwise, as `npm start` serves.
// 3. Else (a Request built without a Host header, as tests do, or a cached page rendered without
//    a request) the request URL's origin, or for pages http://localhost:PORT.
// A Host that is not a plain host[:port] is ignored, so header junk never reaches a snippet.
import { env } from "@/lib/env";

type HeaderReader = { get(name: string): string | null };

const hostPattern = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The origin from request headers alone; null when the Host header is missing or malformed. */
export function originFromHeaders(headers: HeaderReader): string | null {
  const host = headers.get("host")?.trim();
  if (!host || !hostPattern.test(host)) return null;
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const protocol = forwarded === "https" ? "https" : "http";
  return `${protocol}://${host.toLowerCase()}`;
}

/** The site's origin (no trailing slash), from a configured base URL or the request. */
export function resolveSiteOrigin(baseUrl: string | undefined, headers: HeaderReader, requestUrl?: string): string {
  if (baseUrl) return new URL(baseUrl).origin;
  const fromHeaders = originFromHeaders(headers);
  if (fromHeaders) return fromHeaders;
  if (requestUrl) return new URL(requestUrl).origin;
  return "http://localhost";
}

/**
 * For pages: pass `await headers()` from next/headers. A cached page (lib/cache/cached-view.ts) is
 * rendered without a request, its headers are empty: it gets ATLAS_BASE_URL, else the address
 * `npm start` listens on, on this machine.
 */
export function siteOriginOf(headers: HeaderReader): string {
  return resolveSiteOrigin(env().ATLAS_BASE_URL, headers, `http://localhost:${env().PORT}`);
}

/** For route handlers. */
export function siteOriginOfRequest(request: Request): string {
  return resolveSiteOrigin(env().ATLAS_BASE_URL, request.headers, request.url);
}
