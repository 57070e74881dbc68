// A Better Auth instance over a test database, and requests to it as a browser would send them.
import { createAuth, type AtlasAuth } from "../../lib/auth/create-auth";
import type { LockoutPolicy } from "../../lib/auth/policy";
import { createUserWithPassword } from "../../lib/auth/users/create-user";
import type { PrismaClient } from "../../lib/prisma-client";

export const baseURL = "http://localhost:3000";

export const testAuthSecret = "integration-test-secret-0123456789abcdef";

export function createTestAuth(db: PrismaClient, lockout?: LockoutPolicy): AtlasAuth {
  return createAuth({ prisma: db, secret: testAuthSecret, baseURL, lockout });
}

/** What a browser sends with a request from our own pages (lib/security/same-origin.ts refuses anything else). */
export const sameOriginHeaders = { origin: baseURL, "sec-fetch-site": "same-origin" } as const;

let ipCounter = 0;
/** A different client address per call unless one is given, so the per-IP limit stays out of the way. */
export function nextIp(): string {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export async function signIn(auth: AtlasAuth, email: string, password: string, options: { ip?: string } = {}): Promise<Response> {
  return auth.handler(
    new Request(`${baseURL}/api/auth/sign-in/password`, {
      method: "POST",
      headers: { ...sameOriginHeaders, "content-type": "application/json", "x-forwarded-for": options.ip ?? nextIp() },
      body: JSON.stringify({ email, password }),
    }),
  );
}

/** The Cookie header a browser would send back after this response. */
export function sessionCookie(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

let userCounter = 0;
export async function createUser(db: PrismaClient, role: "editor" | "admin" = "editor", password = "correct horse battery staple") {
  userCounter += 1;
  const email = `user${userCounter}-${Date.now()}@example.org`;
  const { id } = await createUserWithPassword(db, { email, role, password, name: `User ${userCounter}` });
  return { id, email, password, role };
}
