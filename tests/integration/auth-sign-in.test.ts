import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AtlasAuth } from "../../lib/auth/create-auth";
import { signInFailedMessage } from "../../lib/auth/policy";
import { resolveActor } from "../../lib/auth/resolve-actor";
import { createPrismaClient, type PrismaClient } from "../../lib/prisma-client";
import { baseURL, createTestAuth, createUser, sessionCookie, signIn } from "../support/auth";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: PrismaClient;
let auth: AtlasAuth;

beforeAll(async () => {
  database = await createTestDatabase({ migrated: true });
  db = createPrismaClient(database.url, 4);
  auth = createTestAuth(db);
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe("sign-in", () => {
  it("signs in with the right password: a __Host- cookie, HttpOnly, Secure, SameSite=Strict, 8 h", async () => {
    const user = await createUser(db);
    const response = await signIn(auth, user.email.toUpperCase(), user.password);
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("__Host-atlas.session_token="));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(cookie).toMatch(/Max-Age=28800/);
    const actor = await resolveActor(auth, db, new Headers({ cookie: sessionCookie(response) }));
    expect(actor).toEqual({ id: user.id, email: user.email, name: expect.any(String), role: "editor" });
  });
});
