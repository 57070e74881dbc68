// The public API is open to every origin for reading: no cookies are read and nothing is written,
// so a page on any site may fetch it. Expose-Headers lets that page's script read the revalidation
// tag, the rate limit's wait, a download's file name and the next page's link (other headers stay
// hidden by default).
export const API_METHODS = "GET, HEAD, OPTIONS";

export const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After, Content-Disposition, Link",
} as const;

/** Preflight answer: browsers cache it for a day (Access-Control-Max-Age). */
export const preflightHeaders = {
  ...corsHeaders,
  "Access-Control-Allow-Methods": API_METHODS,
  // If-None-Match lets a script revalidate with the ETag it was given.
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Max-Age": "86400",
  Allow: API_METHODS,
} as const;

/** Sets the CORS headers on a response the handler built (its headers are mutable). */
export function withCors(response: Response): Response {
  for (const [name, value] of Object.entries(corsHeaders)) response.headers.set(name, value);
  return response;
}
