// Better Auth answers get-session, list-sessions and JSON sign-ins with the session token in the
// body. That token IS the session (the cookie carries it, signed): any script on our origin that
// read it could use it elsewhere, which is what HttpOnly cookies exist to prevent. Nothing of ours
// reads these bodies for a token (sign-in is a form, sign-out a server action), so every /api/auth
// JSON body loses its token-like fields on the way out (tests/e2e/security-canary.spec.ts).

const secretKeys = new Set([
  "token",
  "sessionToken",
  "accessToken",
  "refreshToken",
  "idToken",
  "password",
  "secret",
  "backupCodes",
  "totpURI",
]);

/** A deep copy without secret-bearing keys. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !secretKeys.has(key))
      .map(([key, v]) => [key, withoutSecrets(v)]),
  );
}

/** The same response, its JSON body (if any) without secret fields. */
export async function redactAuthResponse(response: Response): Promise<Response> {
  if (!(response.headers.get("content-type") ?? "").includes("application/json")) return response;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  }
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(withoutSecrets(body)), { status: response.status, statusText: response.statusText, headers });
}
