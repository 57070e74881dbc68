// Refuses a mutation that another site may have triggered (CSRF), for server actions and for
// mutating route handlers alike. Next's own server-action check lets a request without an Origin
// through (a "handcrafted request") and answers a malformed one with a 500; route handlers get no
// check at all. So, following OWASP's Fetch Metadata policy and Next's own e2e cases:
// - Sec-Fetch-Site, when the browser sends it, must be same-origin: cross-site is another site,
//   same-site another subdomain (not us either), none a typed address (never a form of ours).
// - Origin must be present and be exactly our origin: `null` (sandboxed frames, CVE-2026-27978),
//   a malformed value or a missing one on a mutation is refused.
// Our origin is ATLAS_BASE_URL when set, else the request's own (lib/security/site-origin.ts).
import { AuthorizationError, type Actor } from "@/lib/core/actor";
import { resolveSiteOrigin } from "@/lib/security/site-origin";

type HeaderReader = { get(name: string): string | null };

export const crossSiteMessage = "This request did not come from Compute Atlas; nothing was changed.";

export type CrossSiteReason = "cross-site-fetch" | "missing-origin" | "null-origin" | "malformed-origin" | "foreign-origin";

/** A refused request. An AuthorizationError, so every form's existing refusal path shows its message. */
export class CrossSiteRequestError extends AuthorizationError {
  constructor(readonly reason: CrossSiteReason) {
    super("forbidden");
    this.message = crossSiteMessage;
  }
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** Why this request must be refused, or null when it came from our own pages. */
export function crossSiteReason(headers: HeaderReader, expectedOrigin: string, method = "POST"): CrossSiteReason | null {
  if (safeMethods.has(method.toUpperCase())) return null;
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite.trim().toLowerCase() !== "same-origin") return "cross-site-fetch";
  const origin = headers.get("origin");
  if (origin === null || origin.trim() === "") return "missing-origin";
  if (origin.trim().toLowerCase() === "null") return "null-origin";
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return "malformed-origin";
  }
  // A browser sends the bare serialised origin; anything else (a path, credentials, another scheme) is not one.
  if ((parsed.protocol !== "http:" && parsed.protocol !== "https:") || parsed.origin !== origin.trim().toLowerCase())
    return "malformed-origin";
  return parsed.origin === expectedOrigin ? null : "foreign-origin";
}

/** The origin a request must come from: the configured base URL, else the request's own. */
export function expectedOriginOf(headers: HeaderReader, baseUrl: string | undefined, requestUrl?: string): string {
  return resolveSiteOrigin(baseUrl, headers, requestUrl);
}

/** Throws CrossSiteRequestError unless the request came from our own pages. */
export function assertSameOrigin(headers: HeaderReader, baseUrl: string | undefined, method = "POST", requestUrl?: string): void {
  const reason = crossSiteReason(headers, expectedOriginOf(headers, baseUrl, requestUrl), method);
  if (reason) throw new CrossSiteRequestError(reason);
}

/**
 * The actor of a server action whose request headers are `headers`: the origin check first, then
 * the session. What lib/auth/action-guard.ts's actionActor() runs with the live request.
 */
export async function sameOriginActor(
  headers: HeaderReader,
  baseUrl: string | undefined,
  resolve: () => Promise<Actor | null>,
): Promise<Actor | null> {
  assertSameOrigin(headers, baseUrl);
  return resolve();
}
