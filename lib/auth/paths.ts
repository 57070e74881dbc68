// Where sign-in lives: the endpoints (under /api/auth) and the pages.
export const authBasePath = "/api/auth";
export const signInPath = "/sign-in/password";
export const codePath = "/sign-in/code";
export const enrolPath = "/sign-in/enrol";

export const signInPage = "/sign-in";
export const codePage = "/sign-in/code";
export const enrolPage = "/sign-in/enrol";
export const afterSignIn = "/admin";

// Every route of the editors' area (the (admin) group), as Next path patterns. next.config.ts derives its headers from
// this list; proxy.ts must spell its matcher out as a literal (Next reads it at build time), so a unit test holds the two
// equal (tests/unit/security/editor-routes.test.ts).
export const editorRoutes = ["/admin", "/admin/:path*", "/sign-in", "/sign-in/:path*", "/set-password/:path*"] as const;

/** The routes as one regular-expression alternation for a `source` pattern ("admin|admin/.*|…"). */
export const editorPathPattern = editorRoutes.map((route) => route.slice(1).replace("/:path*", "/.*")).join("|");

export function isFormPost(request: Request | undefined): boolean {
  const type = request?.headers.get("content-type") ?? "";
  return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
}

// Everything else Better Auth would serve (sign-up, password reset and change, email change,
// account deletion, social sign-in…) answers 404: fewer doors, and none that skips the lockout.
const routedPaths = new Set(["/get-session", signInPath, codePath, enrolPath, "/sign-out", "/ok"]);

/**
 * Whether Better Auth may see a request to `url` (its base path is `basePath`). Exact match after
 * the base path: "//sign-in/password" or "/sign-in/password/" is not routed, so no spelling of a
 * path can reach an endpoint under a different rate-limit key.
 */
export function isRoutedAuthPath(url: string, basePath: string): boolean {
  const pathname = new URL(url).pathname;
  return pathname.startsWith(`${basePath}/`) && routedPaths.has(pathname.slice(basePath.length));
}
