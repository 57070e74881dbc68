import "server-only";
import { env } from "@/lib/env";
import { redactAuthResponse } from "@/lib/security/redact-auth-body";
import { crossSiteReason, crossSiteMessage, expectedOriginOf } from "@/lib/security/same-origin";
import { auth } from "./auth";
import type { AtlasAuth } from "./create-auth";
import { finishAuthResponse } from "./auth-response";

/** Serves /api/auth/* (see app/api/auth/[...all]/route.ts). */
export async function handleAuthRequest(request: Request): Promise<Response> {
  return handleAuthRequestWith(auth(), request, env().ATLAS_BASE_URL);
}

/**
 * The same, for a given auth instance (tests). A POST from another site (sign-in CSRF, a forged
 * sign-out) is refused before Better Auth sees it: 403, no-store, nothing written. Answers lose
 * their session tokens (lib/security/redact-auth-body.ts): the HttpOnly cookie carries the session.
 */
export async function handleAuthRequestWith(instance: AtlasAuth, request: Request, baseUrl: string | undefined): Promise<Response> {
  if (crossSiteReason(request.headers, expectedOriginOf(request.headers, baseUrl, request.url), request.method)) {
    return Response.json({ code: "CROSS_SITE_REQUEST", message: crossSiteMessage }, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  return finishAuthResponse(request, await redactAuthResponse(await instance.handler(request)));
}
