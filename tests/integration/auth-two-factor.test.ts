// Two factors before any session: a right password gives a pending sign-in only; a right, unused
// TOTP code or recovery code then gives the session. Enrolment at the first sign-in, replay and
// attempt limits, the lockout, and the admin's reset, all against the real handler and database.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/core/actor";
import { resolveActor } from "../../lib/auth/resolve-actor";
import { openSecret } from "../../lib/auth/two-factor/secret-box";
import { currentTotpStep, totpCodeAt } from "../../lib/auth/two-factor/totp";
import { resetTwoFactor } from "../../lib/auth/users/reset-two-factor";
import { createUserWithPassword } from "../../lib/auth/users/create-user";
import { createUser, freshCode, postAuth, sessionCookie, signIn, signInPassword, testTotpKey } from "../support/auth";
import { useTestDatabase } from "../support/test-database";

const { db, auth } = useTestDatabase({ connections: 6 });

const sessions = (userId: string) => db.session.count({ where: { userId } });

/** The password step; returns the pending cookie to send with the code. */
async function passwordStep(user: { email: string; password: string }) {
  const response = await signInPassword(auth, user.email, user.password);
  expect(response.status).toBe(200);
  return { cookie: sessionCookie(response), body: (await response.json()) as { secondFactor: string; totpSecret?: string } };
}

const sendCode = (cookie: string, code: unknown) => postAuth(auth, "/sign-in/code", { code }, { cookie });

async function expectRefused(response: Response, userId: string, code = "CODE_FAILED") {
  expect(response.status).toBe(401);
  expect((await response.json()).code).toBe(code);
  expect(
    response.headers
      .getSetCookie()
      .some((c) => c.startsWith("__Host-atlas.session_token=") && !c.startsWith("__Host-atlas.session_token=;")),
  ).toBe(false);
  expect(await sessions(userId)).toBe(0);
}

describe("the password alone", () => {
  it("gives a pending sign-in cookie, no session cookie and no session row", async () => {
    const user = await createUser(db);
    const response = await signInPassword(auth, user.email, user.password);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ secondFactor: "totp" });
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(/^__Host-atlas\.pending_sign_in=/);
    expect(await sessions(user.id)).toBe(0);
    expect(await resolveActor(auth, db, new Headers({ cookie: sessionCookie(response) }))).toBeNull();
  });
});

describe("the code step", () => {
  it("gives a session for a right code, and the pending sign-in works only once", async () => {
    const user = await createUser(db);
    const { cookie } = await passwordStep(user);
    const response = await sendCode(cookie, await freshCode(auth, user.email));
    expect(response.status).toBe(200);
    expect(await resolveActor(auth, db, new Headers({ cookie: sessionCookie(response) }))).toMatchObject({ id: user.id });
    expect(await db.pendingSignIn.count({ where: { userId: user.id } })).toBe(0);
    await db.session.deleteMany({ where: { userId: user.id } });
    await expectRefused(await sendCode(cookie, await freshCode(auth, user.email)), user.id, "SIGN_IN_EXPIRED");
  });

  it("refuses a wrong code, a replayed code, a code too old, and a malformed one", async () => {
    const user = await createUser(db);
    const now = currentTotpStep();
    const first = await passwordStep(user);
    await expectRefused(await sendCode(first.cookie, "123456" === totpCodeAt(user.totpSecret, now) ? "654321" : "123456"), user.id);
    await expectRefused(await sendCode(first.cookie, totpCodeAt(user.totpSecret, now - 3)), user.id);
    await expectRefused(await sendCode(first.cookie, "12345x"), user.id);
    const used = totpCodeAt(user.totpSecret, now);
    expect((await sendCode(first.cookie, used)).status).toBe(200);
    await db.session.deleteMany({ where: { userId: user.id } });
    // The same code, within its 30 s, on a new pending sign-in: replay refused.
    const second = await passwordStep(user);
    await expectRefused(await sendCode(second.cookie, used), user.id);
    // An older step than the last one used is refused too.
    await expectRefused(await sendCode(second.cookie, totpCodeAt(user.totpSecret, now - 1)), user.id);
    expect((await sendCode(second.cookie, totpCodeAt(user.totpSecret, now + 1))).status).toBe(200);
  });

  it("refuses an expired pending sign-in, an unknown one, and none at all", async () => {
    const user = await createUser(db);
    const { cookie } = await passwordStep(user);
    await db.pendingSignIn.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectRefused(await sendCode(cookie, await freshCode(auth, user.email)), user.id, "SIGN_IN_EXPIRED");
    await expectRefused(
      await sendCode(`__Host-atlas.pending_sign_in=${"A".repeat(43)}`, await freshCode(auth, user.email)),
      user.id,
      "SIGN_IN_EXPIRED",
    );
    await expectRefused(await sendCode("", await freshCode(auth, user.email)), user.id, "SIGN_IN_EXPIRED");
  });

  it("ends the pending sign-in after 5 wrong codes: the 6th, even right, is refused", async () => {
    const user = await createUser(db);
    await db.user.update({ where: { id: user.id }, data: { failedLogins: -100 } }); // keep the account lock out of this test
    const { cookie } = await passwordStep(user);
    for (let i = 0; i < 5; i += 1) expect((await sendCode(cookie, "000000")).status).toBe(401);
    await expectRefused(await sendCode(cookie, await freshCode(auth, user.email)), user.id, "SIGN_IN_EXPIRED");
    expect(await db.pendingSignIn.count({ where: { userId: user.id } })).toBe(0);
  });

  it("accepts each recovery code once, in any spelling, and records its use without the code", async () => {
    const user = await createUser(db);
    const code = user.recoveryCodes[3]!;
    const first = await passwordStep(user);
    const response = await sendCode(first.cookie, ` ${code.toLowerCase().replace(/-/g, " ")} `);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, method: "recovery" });
    const second = await passwordStep(user);
    await db.session.deleteMany({ where: { userId: user.id } });
    await expectRefused(await sendCode(second.cookie, code), user.id);
    const row = await db.twoFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(JSON.parse(row.backupCodes)).toHaveLength(9);
    const events = JSON.stringify(await db.auditEvent.findMany({ where: { entityId: user.id } }));
    expect(events).toContain("recoveryCodesLeft");
    for (const c of user.recoveryCodes) expect(events).not.toContain(c);
  });

  it("counts wrong codes towards the account lockout; while locked, the right code is refused", async () => {
    const user = await createUser(db);
    for (let round = 0; round < 2; round += 1) {
      const { cookie } = await passwordStep(user);
      for (let i = 0; i < (round === 0 ? 4 : 1); i += 1) await sendCode(cookie, "000000");
      if (round === 0) expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil).toBeNull();
    }
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect((await signInPassword(auth, user.email, user.password)).status).toBe(401);
    // A pending sign-in made before the lock cannot finish either.
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: null, failedLogins: 0 } });
    const { cookie } = await passwordStep(user);
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + 60_000) } });
    await expectRefused(await sendCode(cookie, await freshCode(auth, user.email)), user.id);
  });
});

describe("enrolment at the first sign-in", () => {
  it("offers a secret, stores it encrypted after a right code, returns 10 recovery codes once, then asks for codes", async () => {
    const email = `enrol-${Date.now()}@example.org`;
    const password = "a passphrase to enrol with";
    const { id } = await createUserWithPassword(db, { email, role: "editor", password });
    const { cookie, body } = await passwordStep({ email, password });
    expect(body.secondFactor).toBe("enrol");
    const secret = body.totpSecret!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const pending = await db.pendingSignIn.findFirstOrThrow({ where: { userId: id } });
    expect(pending.enrolSecret).not.toContain(secret);
    // A code sent to the code step does not enrol, and a wrong code does not either.
    await expectRefused(await sendCode(cookie, totpCodeAt(secret, currentTotpStep())), id);
    await expectRefused(await postAuth(auth, "/sign-in/enrol", { code: "000000" }, { cookie }), id);

    const response = await postAuth(auth, "/sign-in/enrol", { code: totpCodeAt(secret, currentTotpStep()) }, { cookie });
    expect(response.status).toBe(200);
    const { recoveryCodes } = (await response.json()) as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await resolveActor(auth, db, new Headers({ cookie: sessionCookie(response) }))).toMatchObject({ id });

    const row = await db.twoFactor.findUniqueOrThrow({ where: { userId: id } });
    expect(row.secret).not.toContain(secret);
    expect(row.secret).toMatch(/^v1\./);
    expect(openSecret(testTotpKey, row.secret, id)).toBe(secret);
    expect(openSecret(testTotpKey, row.secret, "another-user")).toBeNull();
    for (const code of recoveryCodes) expect(row.backupCodes).not.toContain(code.replace(/-/g, ""));
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ twoFactorEnabled: true });
    const audit = JSON.stringify(await db.auditEvent.findMany({ where: { entityId: id } }));
    expect(audit).toContain('"twoFactor":true');
    expect(audit).not.toContain(secret);

    // Next time: the code step, with a step after the enrolment's.
    const again = await passwordStep({ email, password });
    expect(again.body).toEqual({ secondFactor: "totp" });
    expect((await sendCode(again.cookie, totpCodeAt(secret, currentTotpStep() + 1))).status).toBe(200);
  });
});

describe("an admin's reset", () => {
  it("ends the user's sessions and makes them enrol again; an editor cannot reset", async () => {
    const admin = await createUser(db, "admin");
    const editor = await createUser(db, "editor");
    const adminActor: Actor = { id: admin.id, email: admin.email, name: "Admin", role: "admin" };
    const editorActor: Actor = { id: editor.id, email: editor.email, name: "Editor", role: "editor" };
    const session = await signIn(auth, editor.email, editor.password);
    expect(session.status).toBe(200);

    await expect(resetTwoFactor(db, editorActor, { userId: admin.id })).rejects.toThrow(/role/);
    await expect(resetTwoFactor(db, null, { userId: admin.id })).rejects.toThrow();
    expect(await db.twoFactor.count({ where: { userId: admin.id } })).toBe(1);

    expect(await resetTwoFactor(db, adminActor, { userId: editor.id })).toMatchObject({ status: "ok" });
    expect(await resolveActor(auth, db, new Headers({ cookie: sessionCookie(session) }))).toBeNull();
    expect(await sessions(editor.id)).toBe(0);
    expect(await db.twoFactor.count({ where: { userId: editor.id } })).toBe(0);
    const { body } = await passwordStep(editor);
    expect(body.secondFactor).toBe("enrol");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: editor.id, actorId: admin.id } });
    expect(audit).toMatchObject({ before: { twoFactor: true }, after: { twoFactor: false } });
  });
});
