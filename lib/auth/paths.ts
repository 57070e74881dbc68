// Where sign-in lives: the endpoints (under /api/auth) and the pages.
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
