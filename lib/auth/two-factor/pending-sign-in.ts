// The state between the two factors. A right password creates a pending sign-in, not a session:
// a random token in an HttpOnly cookie, whose SHA-256 is the row's id (a leaked table holds no
// usable token). It lives 5 minutes and allows 5 code attempts, counted atomically.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/core/types";

export const pendingCookieName = "__Host-atlas.pending_sign_in";
export const pendingPolicy = { seconds: 5 * 60, maxAttempts: 5 } as const;

export type PendingAttempt = { userId: string; enrolSecret: string | null; attempts: number };

function idOf(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

function wellFormed(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** A new pending sign-in for the user; returns the cookie's token. Expired rows of anyone are cleared on the way. */
export async function createPendingSignIn(db: Db, userId: string, enrolSecret: string | null, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.pendingSignIn.deleteMany({ where: { expiresAt: { lte: now } } });
  await db.pendingSignIn.create({
    data: { id: idOf(token), userId, enrolSecret, expiresAt: new Date(now.getTime() + pendingPolicy.seconds * 1000) },
  });
  return token;
}

/** Read-only: the live pending sign-in for this token (for the pages), or null. */
export async function findPendingSignIn(db: Db, token: unknown): Promise<PendingAttempt | null> {
  if (!wellFormed(token)) return null;
  const row = await db.pendingSignIn.findFirst({
    where: { id: idOf(token), expiresAt: { gt: new Date() }, attempts: { lt: pendingPolicy.maxAttempts } },
    select: { userId: true, enrolSecret: true, attempts: true },
  });
  return row;
}

/**
 * Counts one code attempt on the pending sign-in: null when it is unknown, expired or out of
 * attempts (then it is deleted). One UPDATE, so parallel attempts cannot exceed the cap.
 */
export async function takePendingAttempt(db: Db, token: unknown): Promise<PendingAttempt | null> {
  if (!wellFormed(token)) return null;
  const id = idOf(token);
  const rows = await db.$queryRaw<{ user_id: string; enrol_secret: string | null; attempts: number }[]>`
    UPDATE pending_sign_in SET attempts = attempts + 1
    WHERE id = ${id} AND expires_at > now() AND attempts < ${pendingPolicy.maxAttempts}
    RETURNING user_id, enrol_secret, attempts`;
  const row = rows[0];
  if (!row) {
    await db.pendingSignIn.deleteMany({ where: { id } });
    return null;
  }
  return { userId: row.user_id, enrolSecret: row.enrol_secret, attempts: row.attempts };
}

/** Ends the pending sign-in; true for the one caller that removed it (of two parallel successes, one wins). */
export async function consumePendingSignIn(db: Db, token: string): Promise<boolean> {
  return (await db.pendingSignIn.deleteMany({ where: { id: idOf(token) } })).count === 1;
}
