// A Better Auth instance over a test database, and requests to it as a browser would send them.
// Every test user is created enrolled, with a known TOTP secret, so `signIn` passes both factors.
import { createAuth, type AtlasAuth } from "../../lib/auth/create-auth";
import type { LockoutPolicy } from "../../lib/auth/policy";
import { createUserWithPassword } from "../../lib/auth/users/create-user";
import { storeTwoFactor } from "../../lib/auth/two-factor/enrol";
import { totpKey } from "../../lib/auth/two-factor/secret-box";
import { currentTotpStep, newTotpSecret, totpCodeAt } from "../../lib/auth/two-factor/totp";
import type { PrismaClient } from "../../lib/prisma-client";
import { clientAddressHeader } from "../../lib/security/client-address";

export const baseURL = "http://localhost:3000";
export const testAuthSecret = "integration-test-secret-0123456789abcdef";
export const testTotpKey = totpKey(testAuthSecret);

const databases = new WeakMap<AtlasAuth, PrismaClient>();

export function createTestAuth(db: PrismaClient, lockout?: LockoutPolicy): AtlasAuth {
  const auth = createAuth({ prisma: db, secret: testAuthSecret, baseURL, lockout });
  databases.set(auth, db);
  return auth;
}

/** What a browser sends with a request from our own pages (lib/security/same-origin.ts refuses anything else). */
export const sameOriginHeaders = { origin: baseURL, "sec-fetch-site": "same-origin" } as const;

let ipCounter = 0;
/**
 * A different client address per call unless one is given, so the per-IP limit stays out of the way.
 * Requests straight to `auth.handler` carry it in `clientAddressHeader`, as lib/auth/handle-request.ts sets it.
 */
export function nextIp(): string {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

/** A JSON POST to /api/auth/<path> with these headers only. */
export function authRequest(path: string, body: unknown, headers: Record<string, string>): Request {
  return new Request(`${baseURL}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** A JSON POST to /api/auth/<path> from this site, with the cookies given. */
export function postAuth(auth: AtlasAuth, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return auth.handler(authRequest(path, body, { ...sameOriginHeaders, [clientAddressHeader]: nextIp(), ...headers }));
}

/** The TOTP secrets of the test users, by email (set at creation or at enrolment through signIn). */
export const totpSecrets = new Map<string, string>();
const usedSteps = new Map<string, number>();

/**
 * A code nobody has used yet for this user: the next time step within the ±1 window after the
 * last one this helper used. When the window is used up (a third or fourth sign-in of one user
 * within 30 s), the helper forgets the user's last step in the database instead of waiting: replay
 * protection itself is tested in auth-two-factor.test.ts.
 */
export async function freshCode(auth: AtlasAuth, email: string): Promise<string> {
  const secret = totpSecrets.get(email);
  if (!secret) throw new Error(`No TOTP secret known for ${email}`);
  const ms = Date.now();
  const now = currentTotpStep(ms);
  // The previous step only early in the current one, so the code is still good when checked.
  const earliest = ms - now * 30_000 < 15_000 ? now - 1 : now;
  let step = Math.max(earliest, (usedSteps.get(email) ?? -Infinity) + 1);
  if (step > now + 1) {
    const db = databases.get(auth);
    const user = await db?.user.findUnique({ where: { email }, select: { id: true } });
    if (db && user) await db.twoFactor.updateMany({ where: { userId: user.id }, data: { lastUsedStep: null } });
    step = now;
  }
  usedSteps.set(email, step);
  return totpCodeAt(secret, step);
}

/** The Cookie header a browser would send back after this response. */
export function sessionCookie(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

/** Only the password step: its response, with the pending sign-in cookie when the password was right. */
export function signInPassword(auth: AtlasAuth, email: string, password: string, options: { ip?: string } = {}): Promise<Response> {
  return postAuth(auth, "/sign-in/password", { email, password }, { [clientAddressHeader]: options.ip ?? nextIp() });
}

/**
 * Both factors, as the sign-in pages do: the password, then a fresh code (or, for a user not yet
 * enrolled, enrolment with the secret offered). Returns the password step's response when it
 * failed, else the second step's (with the session cookie when it succeeded).
 */
export async function signIn(auth: AtlasAuth, email: string, password: string, options: { ip?: string } = {}): Promise<Response> {
  const first = await signInPassword(auth, email, password, options);
  if (first.status !== 200) return first;
  const answer = (await first.json()) as { secondFactor: "totp" | "enrol"; totpSecret?: string };
  const cookie = { cookie: sessionCookie(first), [clientAddressHeader]: options.ip ?? nextIp() };
  const key = email.trim().toLowerCase();
  if (answer.secondFactor === "enrol") {
    totpSecrets.set(key, answer.totpSecret!);
    return postAuth(auth, "/sign-in/enrol", { code: await freshCode(auth, key) }, cookie);
  }
  return postAuth(auth, "/sign-in/code", { code: await freshCode(auth, key) }, cookie);
}

let userCounter = 0;
export async function createUser(db: PrismaClient, role: "editor" | "admin" = "editor", password = "correct horse battery staple") {
  userCounter += 1;
  const email = `user${userCounter}-${Date.now()}@example.org`;
  const { id } = await createUserWithPassword(db, { email, role, password, name: `User ${userCounter}` });
  const totpSecret = newTotpSecret();
  const recoveryCodes = (await storeTwoFactor(db, testTotpKey, id, totpSecret, null, { label: "test" }))!;
  totpSecrets.set(email, totpSecret);
  return { id, email, password, role, totpSecret, recoveryCodes };
}
