// One response shape for the public API: data on success, { error: { code, message } } otherwise.
import { cacheableResponse } from "@/lib/cache/http-cache";

export type ApiErrorCode = "not_found" | "bad_request" | "service_unavailable" | "rate_limited" | "method_not_allowed" | "not_implemented";

const jsonHeaders = {
  "Content-Type": "application/json; charset=utf-8",
  "Access-Control-Allow-Origin": "*",
};

/** `{ data }`, cacheable by anyone but revalidated on every use (see http-cache.ts). */
export function apiData(request: Request, data: unknown, headers: Record<string, string> = {}): Response {
  return cacheableResponse(request, JSON.stringify({ data }), { ...jsonHeaders, ...headers });
}

/** A search's first matches: `{ data, more }`, `more` true when other matches were left out. */
export function apiMatches(request: Request, data: unknown, more: boolean): Response {
  return cacheableResponse(request, JSON.stringify({ data, more }), jsonHeaders);
}

/** One page of a list: `{ data, next }`, `next` the next page's address (null on the last), also in `Link` (RFC 8288). */
export function apiPage(request: Request, data: unknown, next: string | null): Response {
  return cacheableResponse(request, JSON.stringify({ data, next }), { ...jsonHeaders, ...(next && { Link: `<${next}>; rel="next"` }) });
}

export function apiError(status: number, code: ApiErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { ...jsonHeaders, "Cache-Control": "no-store", ...headers },
  });
}

/**
 * A refusal a handler throws (a bad parameter, an unknown slug); publicGet answers it with
 * apiError, so a handler reads straight through its guards.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Runs a read; an unexpected failure is logged and answered with a generic 503, never a stack. */
export async function withApiErrors(read: () => Promise<Response>): Promise<Response> {
  try {
    return await read();
  } catch (error) {
    console.error("API read failed:", error instanceof Error ? error.message : error);
    return apiError(503, "service_unavailable", "The data is temporarily unavailable. Please retry shortly.");
  }
}
