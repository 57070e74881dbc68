// Per-account lockout under attack: 100 parallel wrong passwords from 100 addresses (so the per-IP
// limit does not stop them) still lock the account, and the right password is refused until the
// lock period (8 s here: 100 argon2 checks take a few seconds on two cores) has passed.
import { describe, expect, it } from "vitest";
import { createUser, signIn } from "../support/auth";
import { useTestDatabase } from "../support/test-database";

const { db, auth } = useTestDatabase({ connections: 10, lockout: { maxFailures: 5, lockSeconds: 8 } });

const lockEvents = (userId: string) => db.auditEvent.findMany({ where: { entityType: "User", entityId: userId, actorLabel: "sign-in" } });

describe("per-account lockout", () => {
  it("locks after 100 parallel wrong passwords, refuses the right one while locked, and lets it in after the period", async () => {
    const user = await createUser(db);
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => signIn(auth, user.email, `wrong password number ${i}`)));
    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(401));

    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(locked.failedLogins).toBe(100);
    // The lock was set once, by one attempt, and is on record without any secret.
    const events = await lockEvents(user.id);
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0])).not.toMatch(/argon2|password/i);

    const whileLocked = await signIn(auth, user.email, user.password);
    expect(whileLocked.status).toBe(401);
    expect(whileLocked.headers.getSetCookie()).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, locked.lockedUntil!.getTime() - Date.now() + 300));
    const after = await signIn(auth, user.email, user.password);
    expect(after.status).toBe(200);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });

  it("locks at the fifth wrong password in a row, not before; a success in between resets the count", async () => {
    const user = await createUser(db);
    for (let i = 0; i < 4; i += 1) expect((await signIn(auth, user.email, "wrong password, sequential")).status).toBe(401);
    expect((await signIn(auth, user.email, user.password)).status).toBe(200);
    for (let i = 0; i < 4; i += 1) await signIn(auth, user.email, "wrong password, sequential");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil).toBeNull();
    await signIn(auth, user.email, "wrong password, sequential");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil).not.toBeNull();
    expect((await signIn(auth, user.email, user.password)).status).toBe(401);
    expect(await lockEvents(user.id)).toHaveLength(1);
  });

  it("counts per account: another account's lock does not affect this one", async () => {
    const [a, b] = [await createUser(db), await createUser(db)];
    await Promise.all(Array.from({ length: 10 }, () => signIn(auth, a.email, "wrong password for a")));
    expect((await signIn(auth, a.email, a.password)).status).toBe(401);
    expect((await signIn(auth, b.email, b.password)).status).toBe(200);
  });
});
