// Every /api/v1 route (and /api/oembed) is a GET behind this wrapper:
//   - rate limit per client address (429 rate_limited with Retry-After, never a 5xx);
//   - ApiProblem thrown by the handler → its status and the one error shape;
//   - anything else → 503 service_unavailable, logged, no stack (withApiErrors);
//   - a 200 is stored and served again until a publication changes it, by the front cache
//     (lib/cache/front-cache.mjs), which counts a stored answer against the same rate limit;
//   - CORS headers on every answer, success or error.
// A route file exports `GET = publicGet(handler)` and re-exports the method handlers below, so
// OPTIONS answers the preflight and writes get 405 in our error shape instead of Next's empty 405.
// HEAD needs nothing: Next answers it with GET and drops the body.
import { API_METHODS, preflightHeaders, withCors } from "./cors";
import { takeApiToken } from "./rate-limit";
import { ApiProblem, apiError, withApiErrors } from "./respond";

export type ApiHandler<Context> = (request: Request, context: Context) => Promise<Response>;

// The context (route params) is optional in the signature so that a route without params can be
// called as GET(request), as Next and the tests do.
export function publicGet<Context = unknown>(handler: ApiHandler<Context>): (request: Request, context?: Context) => Promise<Response> {
  return async (request, context) => {
    const token = await takeApiToken(request);
    if (!token.allowed) return rateLimited(token.retryAfterSeconds);
    const answer = await withApiErrors(async () => {
      try {
        return await handler(request, context as Context);
      } catch (error) {
        if (error instanceof ApiProblem) return apiError(error.status, error.code, error.message);
        throw error;
      }
    });
    return withCors(answer);
  };
}

/** The answer to a client over the rate limit; the front cache sends it too (instrumentation.ts). */
export function rateLimited(retryAfterSeconds: number): Response {
  const seconds = String(retryAfterSeconds);
  return withCors(apiError(429, "rate_limited", `Too many requests: try again in ${seconds} s.`, { "Retry-After": seconds }));
}

export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: preflightHeaders });
}

function methodNotAllowed(request: Request): Response {
  const message = `${request.method} is not allowed: this API is read-only (${API_METHODS}).`;
  return withCors(apiError(405, "method_not_allowed", message, { Allow: API_METHODS }));
}

export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
