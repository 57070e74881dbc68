// /api/auth/* POSTs from another site are refused before Better Auth sees them (sign-in CSRF,
// forged sign-out): 403, and nothing is written: no session, no failed-attempt count, no audit row.
import { describe, expect, it } from "vitest";
import { handleAuthRequestWith } from "../../lib/auth/handle-request";
import { peerAddressHeader } from "../../lib/security/client-address";
import { authRequest, baseURL, createUser, freshCode, nextIp, sameOriginHeaders, sessionCookie, signIn } from "../support/auth";
import { tableChecksums } from "../support/table-checksums";
import { useTestDatabase } from "../support/test-database";

const { db, auth } = useTestDatabase();

const crossSite: Array<[string, Record<string, string>]> = [
  ["a foreign Origin", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }],
  ["Origin: null", { origin: "null" }],
  ["a malformed Origin", { origin: "not a url" }],
  ["no Origin", {}],
  ["Sec-Fetch-Site: cross-site", { origin: baseURL, "sec-fetch-site": "cross-site" }],
  ["Sec-Fetch-Site: same-site", { origin: baseURL, "sec-fetch-site": "same-site" }],
];

const post = (path: string, headers: Record<string, string>, body: unknown) =>
  authRequest(path, body, { host: "localhost:3000", [peerAddressHeader]: nextIp(), ...headers });
/** A password sign-in of `user` with these headers, through the app's handler (no ATLAS_BASE_URL unless given). */
const signInWith = (user: { email: string; password: string }, headers: Record<string, string>, siteOrigin?: string) =>
  handleAuthRequestWith(auth, post("/sign-in/password", headers, { email: user.email, password: user.password }), siteOrigin);

describe("/api/auth POST from another site", () => {
  it.each(crossSite)("sign-in with the right password and %s is refused and writes nothing", async (_label, headers) => {
    const user = await createUser(db, "editor");
    const before = await tableChecksums(db);
    const response = await signInWith(user, headers);
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await response.json()).toMatchObject({ code: "CROSS_SITE_REQUEST" });
    expect(await tableChecksums(db)).toEqual(before);
  });

  it.each(crossSite)("sign-out with a valid session cookie and %s is refused; the session lives on", async (_label, headers) => {
    const user = await createUser(db, "editor");
    const cookie = sessionCookie(await signIn(auth, user.email, user.password));
    const before = await tableChecksums(db);
    const response = await handleAuthRequestWith(auth, post("/sign-out", { cookie, ...headers }, {}), undefined);
    expect(response.status).toBe(403);
    expect(await tableChecksums(db)).toEqual(before);
  });

  it("from our own page it signs in, and reads (GET) need no Origin", async () => {
    const user = await createUser(db, "editor");
    const response = await signInWith(user, sameOriginHeaders);
    expect(response.status).toBeLessThan(400);
    expect(sessionCookie(response)).not.toBe("");
    const session = await handleAuthRequestWith(
      auth,
      new Request(`${baseURL}/api/auth/get-session`, { headers: { cookie: sessionCookie(response) } }),
      undefined,
    );
    expect(session.status).toBe(200);
  });

  it("with ATLAS_BASE_URL set, only that origin is ours, whatever the Host header says", async () => {
    const user = await createUser(db, "editor");
    const refused = await signInWith(user, sameOriginHeaders, "https://atlas.example.org");
    expect(await refused.json()).toMatchObject({ code: "CROSS_SITE_REQUEST" });
    // Passed on to Better Auth, whose own trustedOrigins check then has its say (this test
    // instance trusts only its baseURL, so it refuses too, for its own reason).
    const passed = await signInWith(
      user,
      { origin: "https://atlas.example.org", "sec-fetch-site": "same-origin" },
      "https://atlas.example.org",
    );
    expect(await passed.json()).not.toMatchObject({ code: "CROSS_SITE_REQUEST" });
  });
});

describe("/api/auth answers", () => {
  it("carry no session token in their bodies (the HttpOnly cookie carries it)", async () => {
    const user = await createUser(db, "editor");
    // Both factors through the app's handler: the password step, then the code step with its pending cookie.
    const password = await signInWith(user, sameOriginHeaders);
    const pending = sessionCookie(password);
    const signedIn = await handleAuthRequestWith(
      auth,
      post("/sign-in/code", { ...sameOriginHeaders, cookie: pending }, { code: await freshCode(auth, user.email) }),
      undefined,
    );
    expect(signedIn.status).toBe(200);
    const cookie = sessionCookie(signedIn);
    const token = decodeURIComponent(cookie.split("=")[1]!).split(".")[0]!;
    expect(token.length).toBeGreaterThan(20);
    const bodies = [await password.text(), await signedIn.text()];
    for (const path of ["/get-session"]) {
      const response = await handleAuthRequestWith(auth, new Request(`${baseURL}/api/auth${path}`, { headers: { cookie } }), undefined);
      expect(response.status, path).toBe(200);
      bodies.push(await response.text());
    }
    expect(bodies[2]).toContain(user.email); // the session is there, only its token is not
    for (const body of bodies) expect(body).not.toContain(token);
  });
});
