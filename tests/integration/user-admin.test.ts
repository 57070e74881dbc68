// Account management by admins: invite with a one-time set-password link, disable, enable, new
// link. Editors and anonymous callers are refused and nothing changes; audit rows hold no secret.
import { beforeAll, describe, expect, it } from "vitest";
import { AuthorizationError, type Actor } from "@/lib/core/actor";
import { inviteUser } from "../../lib/auth/users/invite-user";
import { listUsers } from "../../lib/auth/users/list-users";
import { issueNewPasswordLink } from "../../lib/auth/users/reset-password-link";
import { setPasswordWithLink } from "../../lib/auth/users/set-password-with-link";
import { setUserDisabled } from "../../lib/auth/users/set-user-disabled";
import { createUser, signIn } from "../support/auth";
import { tableChecksums } from "../support/table-checksums";
import { useTestDatabase } from "../support/test-database";

const { db, auth } = useTestDatabase();
let admin: Actor;
let editor: Actor;

beforeAll(async () => {
  const a = await createUser(db, "admin");
  const e = await createUser(db, "editor");
  admin = { id: a.id, email: a.email, name: "Admin", role: "admin" };
  editor = { id: e.id, email: e.email, name: "Editor", role: "editor" };
});

const tokenOf = (linkPath: string | undefined) => linkPath!.split("/").pop()!;
const newPassword = "a brand new long passphrase";

describe("inviting a user", () => {
  it("creates the account with its role and no password, and a link that sets the password once", async () => {
    const result = await inviteUser(db, admin, { email: " New.Editor@Example.org ", name: "New Editor", role: "editor" });
    expect(result).toMatchObject({ status: "ok", data: { linkPath: expect.stringMatching(/^\/set-password\/[A-Za-z0-9_-]{43}$/) } });
    const user = await db.user.findUniqueOrThrow({ where: { email: "new.editor@example.org" }, include: { accounts: true } });
    expect(user).toMatchObject({ role: "editor", banned: false, accounts: [] });
    expect((await listUsers(db, admin)).find((u) => u.id === user.id)?.status).toBe("invited");
    // The token itself is nowhere in the database, only its hash.
    const token = tokenOf(result.status === "ok" ? result.data.linkPath : undefined);
    expect(JSON.stringify(await db.verification.findMany())).not.toContain(token);
    expect((await signIn(auth, user.email, newPassword)).status).toBe(401);

    expect(await setPasswordWithLink(db, { token, password: newPassword, confirm: newPassword })).toMatchObject({ status: "ok" });
    expect((await signIn(auth, user.email, newPassword)).status).toBe(200);
    expect(
      await setPasswordWithLink(db, { token, password: "another long passphrase!", confirm: "another long passphrase!" }),
    ).toMatchObject({ status: "invalid" });
    expect((await signIn(auth, user.email, newPassword)).status).toBe(200);
  });

  it("answers field errors for bad input and a taken email, writing nothing", async () => {
    const before = await tableChecksums(db);
    const bad = await inviteUser(db, admin, { email: "not-an-email", name: "", role: "owner" });
    expect(bad).toMatchObject({
      status: "invalid",
      fieldErrors: { email: [expect.any(String)], name: [expect.any(String)], role: [expect.any(String)] },
    });
    const taken = await inviteUser(db, admin, { email: editor.email, name: "Again", role: "editor" });
    expect(taken).toMatchObject({ status: "invalid", fieldErrors: { email: ["An account with this email already exists."] } });
    expect(await inviteUser(db, admin, { email: "x@example.org", name: "X", role: "admin", extra: "field" })).toMatchObject({
      status: "invalid",
    });
    expect(await tableChecksums(db)).toEqual(before);
  });

  it("refuses a weak password, differing confirmation, expired or unknown links", async () => {
    const result = await inviteUser(db, admin, { email: "weak@example.org", name: "Weak", role: "editor" });
    const token = tokenOf(result.status === "ok" ? result.data.linkPath : undefined);
    expect(await setPasswordWithLink(db, { token, password: "short", confirm: "short" })).toMatchObject({
      status: "invalid",
      fieldErrors: { password: [expect.any(String)] },
    });
    expect(await setPasswordWithLink(db, { token, password: newPassword, confirm: `${newPassword}x` })).toMatchObject({
      status: "invalid",
      fieldErrors: { confirm: [expect.any(String)] },
    });
    expect(await setPasswordWithLink(db, { token: "A".repeat(43), password: newPassword, confirm: newPassword })).toMatchObject({
      status: "invalid",
    });
    await db.verification.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await setPasswordWithLink(db, { token, password: newPassword, confirm: newPassword })).toMatchObject({ status: "invalid" });
  });

  it("a new link from an admin unlocks a locked account and replaces the old password", async () => {
    const user = await createUser(db);
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + 3600_000), failedLogins: 9 } });
    const result = await issueNewPasswordLink(db, admin, { userId: user.id });
    const token = tokenOf(result.status === "ok" ? result.data.linkPath : undefined);
    expect(await setPasswordWithLink(db, { token, password: newPassword, confirm: newPassword })).toMatchObject({ status: "ok" });
    expect((await signIn(auth, user.email, user.password)).status).toBe(401);
    expect((await signIn(auth, user.email, newPassword)).status).toBe(200);
  });
});

describe("who may manage accounts", () => {
  const calls = {
    invite: (actor: Actor | null) => inviteUser(db, actor, { email: "intruder@example.org", name: "Intruder", role: "admin" }),
    disable: (actor: Actor | null) => setUserDisabled(db, actor, { userId: admin.id }, true),
    enable: (actor: Actor | null) => setUserDisabled(db, actor, { userId: editor.id }, false),
    newLink: (actor: Actor | null) => issueNewPasswordLink(db, actor, { userId: admin.id }),
    list: (actor: Actor | null) => listUsers(db, actor),
  };
  for (const [name, call] of Object.entries(calls)) {
    for (const [who, actor, code] of [
      ["anonymous", null, "unauthenticated"],
      ["an editor", () => editor, "forbidden"],
    ] as const) {
      it(`refuses ${name} for ${who} and changes nothing`, async () => {
        const before = await tableChecksums(db);
        const error = await call(typeof actor === "function" ? actor() : actor).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AuthorizationError);
        expect((error as AuthorizationError).code).toBe(code);
        expect(await tableChecksums(db)).toEqual(before);
      });
    }
  }

  it("does not let an admin disable their own account", async () => {
    const before = await tableChecksums(db);
    expect(await setUserDisabled(db, admin, { userId: admin.id }, true)).toMatchObject({ status: "invalid" });
    expect(await tableChecksums(db)).toEqual(before);
  });
});

describe("audit of account changes", () => {
  it("records who did what to which account, before and after, and never a hash or token", async () => {
    const invited = await inviteUser(db, admin, { email: "audited@example.org", name: "Audited", role: "editor" });
    const token = tokenOf(invited.status === "ok" ? invited.data.linkPath : undefined);
    const user = await db.user.findUniqueOrThrow({ where: { email: "audited@example.org" } });
    await setPasswordWithLink(db, { token, password: newPassword, confirm: newPassword });
    await setUserDisabled(db, admin, { userId: user.id }, true);
    await setUserDisabled(db, admin, { userId: user.id }, false);
    const events = await db.auditEvent.findMany({ where: { entityType: "User", entityId: user.id }, orderBy: { occurredAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.before, e.after])).toEqual([
      ["create", admin.id, null, { email: "audited@example.org", name: "Audited", role: "editor", disabled: false, passwordSet: false }],
      ["update", user.id, { passwordSet: false }, { passwordSet: true }],
      ["update", admin.id, { disabled: false }, { disabled: true }],
      ["update", admin.id, { disabled: true }, { disabled: false }],
    ]);
    const everything = JSON.stringify(await db.auditEvent.findMany());
    expect(everything).not.toContain("$argon2");
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(newPassword);
  });
});
