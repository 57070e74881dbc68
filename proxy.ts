// The editors' area gets a Content-Security-Policy with a fresh nonce on every request, and is
// never stored. That is ALL this file does. It is not an authorisation boundary and must never
// become one: proxies have been skipped by a forged header (CVE-2025-29927) and by paths the
// matcher and the router read differently (2026 advisories), and a matcher edit silently removes
// coverage. Every page, action and route resolves and checks the session itself (lib/auth,
// lib/actions/define-action.ts, lib/auth/action-guard.ts). If this proxy does not run, the
// page falls back to next.config.ts's script-less policy, never to none.
import { NextResponse, type NextRequest } from "next/server";
import { editorContentSecurityPolicy } from "./lib/security/headers";

export function proxy(request: NextRequest): NextResponse {
  // 128 random bits, base64: unguessable, and new for every response.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = editorContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  // Next reads the nonce from the request's policy header while rendering and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  response.headers.set("cache-control", "no-store");
  return response;
}

// The editors' routes (the (admin) group), prefetches included: a prefetched page must carry the
// same nonce as its policy. Helper pages under /sign-in/… (second factor) are covered by /sign-in/:path*.
// Next needs a literal here: the list is lib/auth/paths.ts's editorRoutes (tests/unit/security/editor-routes.test.ts).
export const config = {
  matcher: ["/admin", "/admin/:path*", "/sign-in", "/sign-in/:path*", "/set-password/:path*"],
};
