// Where sign-in lives: the endpoints (under /api/auth) and the pages.
export const authBasePath = "/api/auth";
export const signInPath = "/sign-in/password";
export const codePath = "/sign-in/code";
export const enrolPath = "/sign-in/enrol";

export const signInPage = "/sign-in";
export const codePage = "/sign-in/code";
export const enrolPage = "/sign-in/enrol";
export const afterSignIn = "/admin";

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
