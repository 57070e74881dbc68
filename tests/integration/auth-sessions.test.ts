// From a request's cookie to an Actor: only a live session of an enabled user counts, and
// disabling a user ends every session they have at once.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/core/actor";
import { resolveActor } from "../../lib/auth/resolve-actor";
import { setUserDisabled } from "../../lib/auth/users/set-user-disabled";
import { createUser, sessionCookie, signIn } from "../support/auth";
import { useTestDatabase } from "../support/test-database";

const { db, auth } = useTestDatabase();

async function signedIn(role: "editor" | "admin" = "editor") {
  const user = await createUser(db, role);
  const response = await signIn(auth, user.email, user.password);
  expect(response.status).toBe(200);
  const headers = new Headers({ cookie: sessionCookie(response) });
  return { user, headers, actor: (await resolveActor(auth, db, headers)) as Actor };
}

describe("resolving the actor from headers", () => {
  it("gives the user and role for a live session, null without a cookie or with a forged one", async () => {
    const { user, headers, actor } = await signedIn("admin");
    expect(actor).toEqual({ id: user.id, email: user.email, name: expect.any(String), role: "admin" });
    expect(await resolveActor(auth, db, new Headers())).toBeNull();
    const token = headers.get("cookie")!.split("=")[1]!.split(".")[0]!;
    expect(await resolveActor(auth, db, new Headers({ cookie: `__Host-atlas.session_token=${token}.forgedsignature` }))).toBeNull();
  });

  it("refuses an expired session and one older than the absolute lifetime (12 h), deleting the latter", async () => {
    const expired = await signedIn();
    await db.session.updateMany({ where: { userId: expired.user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveActor(auth, db, expired.headers)).toBeNull();

    const old = await signedIn();
    await db.session.updateMany({ where: { userId: old.user.id }, data: { createdAt: new Date(Date.now() - 12 * 3600 * 1000 - 60_000) } });
    expect(await resolveActor(auth, db, old.headers)).toBeNull();
    expect(await db.session.count({ where: { userId: old.user.id } })).toBe(0);
  });

  it("ends the session when the user signs out", async () => {
    const { user, headers } = await signedIn();
    await auth.api.signOut({ headers });
    expect(await resolveActor(auth, db, headers)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("disabling a user", () => {
  it("ends all their sessions at once and refuses their right password; enabling lets them back in", async () => {
    const admin = await signedIn("admin");
    const editor = await signedIn();
    const secondDevice = new Headers({ cookie: sessionCookie(await signIn(auth, editor.user.email, editor.user.password)) });
    expect(await resolveActor(auth, db, secondDevice)).not.toBeNull();

    const result = await setUserDisabled(db, admin.actor, { userId: editor.user.id }, true);
    expect(result.status).toBe("ok");
    expect(await resolveActor(auth, db, editor.headers)).toBeNull();
    expect(await resolveActor(auth, db, secondDevice)).toBeNull();
    expect(await db.session.count({ where: { userId: editor.user.id } })).toBe(0);
    expect((await signIn(auth, editor.user.email, editor.user.password)).status).toBe(401);
    expect(await resolveActor(auth, db, admin.headers)).not.toBeNull();

    expect((await setUserDisabled(db, admin.actor, { userId: editor.user.id }, false)).status).toBe("ok");
    expect((await signIn(auth, editor.user.email, editor.user.password)).status).toBe(200);
  });

  it("refuses a session row that outlived the disabling (defence in depth)", async () => {
    const { user, headers } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { banned: true } });
    expect(await resolveActor(auth, db, headers)).toBeNull();
  });
});
