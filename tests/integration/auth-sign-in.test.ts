// Sign-in through Better Auth's HTTP handler, as a browser posts it: cookies, argon2id, refused
// endpoints, generic failures, the per-IP limit and form posts.
import { describe, expect, it } from "vitest";
import { signInFailedMessage } from "../../lib/auth/policy";
import { resolveActor } from "../../lib/auth/resolve-actor";
import { authRequest, baseURL, createUser, freshCode, sessionCookie, signIn } from "../support/auth";
import { tableChecksums } from "../support/table-checksums";
import { useTestDatabase } from "../support/test-database";

const { db, auth } = useTestDatabase();

const post = (path: string, body: unknown) => auth.handler(authRequest(path, body, {}));

describe("sign-in", () => {
  it("signs in with the right password: a __Host- cookie, HttpOnly, Secure, SameSite=Strict, 8 h", async () => {
    const user = await createUser(db);
    const response = await signIn(auth, ` ${user.email.toUpperCase()} `, user.password);
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("__Host-atlas.session_token="));
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(cookie).toMatch(/Max-Age=28800/);
    const actor = await resolveActor(auth, db, new Headers({ cookie: sessionCookie(response) }));
    expect(actor).toEqual({ id: user.id, email: user.email, name: expect.any(String), role: "editor" });
  });

  it("stores the password as argon2id at OWASP's baseline (m=19456, t=2, p=1), never in clear", async () => {
    const user = await createUser(db);
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(account.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(account.password).not.toContain(user.password);
  });

  it("answers an unknown or unstorable email and a wrong password with the same status and the same generic message", async () => {
    const user = await createUser(db);
    const wrong = await signIn(auth, user.email, "not the right password at all");
    const unknown = await signIn(auth, "nobody@example.org", user.password);
    const malformed = await signIn(auth, "not an email", user.password);
    const unstorable = await signIn(auth, `${user.email}\u0000`, user.password); // PostgreSQL text cannot hold a NUL
    for (const response of [wrong, unknown, malformed, unstorable]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ code: "SIGN_IN_FAILED", message: signInFailedMessage });
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });

  it("takes as long for an unknown email as for a wrong password (one argon2 verification each)", async () => {
    const user = await createUser(db);
    await db.user.update({ where: { id: user.id }, data: { failedLogins: -1000 } }); // stay below the lock
    const time = async (email: string) => {
      const start = performance.now();
      await signIn(auth, email, "some wrong password");
      return performance.now() - start;
    };
    // Interleaved, so that load from other processes on this machine hits both sides alike.
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 15; i += 1) {
      unknown.push(await time("nobody-here@example.org"));
      wrong.push(await time(user.email));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[7]!;
    // Without the dummy verification an unknown email answers in ~2 ms against ~40 ms.
    expect(median(unknown) / median(wrong)).toBeGreaterThan(0.5);
    expect(median(unknown) / median(wrong)).toBeLessThan(2);
  });

  it("refuses sign-up and every Better Auth endpoint that would skip the lockout", async () => {
    // Straight to Better Auth's handler (the app's allowlist in front of it is tested in
    // auth-client-address.test.ts): its own per-address limiter counts these posts; nothing else may change.
    const notRateLimits = { rate_limit: "false" };
    const before = await tableChecksums(db, notRateLimits);
    const refused = [
      ["/sign-up/email", { email: "new@example.org", password: "a long enough password", name: "New" }],
      ["/sign-in/email", { email: "new@example.org", password: "a long enough password" }],
      ["/request-password-reset", { email: "new@example.org" }],
      ["/reset-password", { token: "x", newPassword: "a long enough password" }],
      ["/change-password", { currentPassword: "x", newPassword: "a long enough password" }],
      ["/verify-password", { password: "x" }],
      ["//sign-in/password", { email: "new@example.org", password: "x" }],
    ] as const;
    for (const [path, body] of refused) expect((await post(path, body)).status, path).toBe(404);
    expect(await tableChecksums(db, notRateLimits)).toEqual(before);
  });

  it("limits sign-in posts per client address, counting in the database", async () => {
    const ip = "192.0.2.77";
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await signIn(auth, "nobody@example.org", "wrong password here", { ip })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(await db.rateLimit.findFirst({ where: { key: `${ip}|/sign-in/password` } })).toMatchObject({ count: 10 });
  });

  it(
    "answers form posts with redirects: password → code page (no session yet) → /admin with a " + "session, or back to the sign-in page",
    async () => {
      const user = await createUser(db);
      const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
        auth.handler(
          new Request(`${baseURL}/api/auth${path}`, {
            method: "POST",
            headers: {
              "content-type": "application/x-www-form-urlencoded",
              origin: baseURL,
              "sec-fetch-site": "same-origin",
              "sec-fetch-mode": "navigate",
              ...headers,
            },
            body: new URLSearchParams(fields),
          }),
        );
      const ok = await form("/sign-in/password", { email: user.email, password: user.password });
      expect(ok.status).toBe(302);
      expect(ok.headers.get("location")).toBe("/sign-in/code");
      expect(sessionCookie(ok)).toMatch(/^__Host-atlas\.pending_sign_in=[A-Za-z0-9_-]{43}$/);
      const pendingCookie = ok.headers.getSetCookie()[0]!;
      expect(pendingCookie).toMatch(/; HttpOnly/i);
      expect(pendingCookie).toMatch(/; Secure/i);
      expect(pendingCookie).toMatch(/; SameSite=Strict/i);
      expect(pendingCookie).toMatch(/Max-Age=300/);
      const wrongCode = await form("/sign-in/code", { code: "000000" }, { cookie: sessionCookie(ok) });
      expect(wrongCode.headers.get("location")).toBe("/sign-in/code?error=code");
      const done = await form("/sign-in/code", { code: await freshCode(auth, user.email) }, { cookie: sessionCookie(ok) });
      expect(done.headers.get("location")).toBe("/admin");
      expect(sessionCookie(done)).toContain("__Host-atlas.session_token=");
      const failed = await form("/sign-in/password", { email: user.email, password: "wrong password again and again" });
      expect(failed.headers.get("location")).toBe("/sign-in?error=signin");
      expect(sessionCookie(failed)).toBe("");
      // A form on another site posting here (login CSRF) is refused before any password check.
      const crossSite = await form(
        "/sign-in/password",
        { email: user.email, password: user.password },
        { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      );
      expect(crossSite.status).toBe(403);
      expect(sessionCookie(crossSite)).toBe("");
    },
  );

  it("upgrades a hash made with weaker parameters at the next sign-in", async () => {
    const { hash } = await import("@node-rs/argon2");
    const user = await createUser(db);
    await db.account.updateMany({
      where: { userId: user.id },
      data: { password: await hash(user.password, { memoryCost: 8192, timeCost: 1 }) },
    });
    expect((await signIn(auth, user.email, user.password)).status).toBe(200);
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
