import "server-only";
import { env } from "@/lib/env";
import { clientAddress, clientAddressHeader, noTrustedProxies, type TrustedProxies } from "@/lib/security/client-address";
import { redactAuthResponse } from "@/lib/security/redact-auth-body";
import { crossSiteReason, crossSiteMessage, expectedOriginOf } from "@/lib/security/same-origin";
import { auth } from "./auth";
import type { AtlasAuth } from "./create-auth";
import { finishAuthResponse } from "./auth-response";
import { authBasePath, isRoutedAuthPath } from "./paths";

/** Serves /api/auth/* (see app/api/auth/[...all]/route.ts). */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const settings = env();
  return handleAuthRequestWith(auth(), request, settings.ATLAS_BASE_URL, settings.ATLAS_TRUSTED_PROXIES);
}

/**
 * The same, for a given auth instance (tests). A path outside the allowlist answers 404 before
 * Better Auth sees it, so its limiter writes no row for it. A POST from another site (sign-in CSRF,
 * a forged sign-out) is refused before Better Auth sees it: 403, no-store, nothing written. Better
 * Auth reads the client's address from `clientAddressHeader`, which is set here (replacing any value
 * a client sent) from the socket's address and ATLAS_TRUSTED_PROXIES. Answers lose their session
 * tokens (lib/security/redact-auth-body.ts): the HttpOnly cookie carries the session.
 */
export async function handleAuthRequestWith(
  instance: AtlasAuth,
  request: Request,
  baseUrl: string | undefined,
  trustedProxies: TrustedProxies = noTrustedProxies,
): Promise<Response> {
  if (!isRoutedAuthPath(request.url, authBasePath))
    return new Response("Not Found", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (crossSiteReason(request.headers, expectedOriginOf(request.headers, baseUrl, request.url), request.method)) {
    return Response.json(
      { code: "CROSS_SITE_REQUEST", message: crossSiteMessage },
      { status: 403, headers: { "Cache-Control": "no-store" } },
    );
  }
  const headers = new Headers(request.headers);
  headers.set(clientAddressHeader, clientAddress(request.headers, trustedProxies));
  const addressed = new Request(request, { headers });
  return finishAuthResponse(request, await redactAuthResponse(await instance.handler(addressed)));
}
