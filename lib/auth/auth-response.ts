import { isFormPost, signInPage } from "./sign-in-plugin";

/**
 * What /api/auth/* finally answers: never cacheable; and a sign-in form refused by the per-IP
 * limit gets the sign-in page with a message rather than Better Auth's JSON 429 (JSON callers keep the 429).
 */
export function finishAuthResponse(request: Request, response: Response): Response {
  if (response.status === 429 && isFormPost(request)) {
    return new Response(null, { status: 303, headers: { Location: `${signInPage}?error=busy`, "Cache-Control": "no-store" } });
  }
  const headers = new Headers(response.headers);
  headers.set("Cache-Control", "no-store");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
