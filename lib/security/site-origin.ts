// The absolute origin that snippets, oEmbed answers, discovery links, image permalinks and
// set-password links carry: ATLAS_BASE_URL when it is set (lib/env.ts), else the address
// `npm start` listens on, http://localhost:PORT (and `npm start` warns that it is unset). Never the
// request's Host: a forged Host would be reflected into answers that caches keep and share.
//
// originFromHeaders/resolveSiteOrigin read the Host, but only to compare a request's Origin with
// the address it was sent to (lib/security/same-origin.ts); nothing they return is written out.
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

/** The site's origin (no trailing slash) for every absolute URL we write. */
export function siteOrigin(): string {
  const { ATLAS_BASE_URL, PORT } = env();
  return ATLAS_BASE_URL ? new URL(ATLAS_BASE_URL).origin : `http://localhost:${PORT}`;
}
