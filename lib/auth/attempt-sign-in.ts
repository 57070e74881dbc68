// One email + password check, with the lockout and equal work on every failure path: each attempt
// runs exactly one argon2 verification (against the account's hash, or a dummy one when the email
// is unknown, the account has no password yet or is locked), so timing says nothing about which.
import type { PrismaClient } from "@/lib/prisma-client";
import { beginAttempt, recordFailure, releaseAttempt } from "./lockout";
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from "./password";
import { isCleanText } from "@/lib/schemas/fields";
import { passwordLength, type LockoutPolicy } from "./policy";
import { recordLockEvent } from "./users/audit-event";

export type SignInOutcome = { ok: true; userId: string } | { ok: false };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function attemptSignIn(
  db: PrismaClient,
  credentials: { email: string; password: string },
  policy: LockoutPolicy,
): Promise<SignInOutcome> {
  // Over-long input, or an email no account can have (PostgreSQL refuses a NUL in a query), is
  // refused, but only after the same argon2 work as any other failure.
  const usable = credentials.password.length <= passwordLength.max && credentials.email.length <= 320 && isCleanText(credentials.email);
  const password = credentials.password.slice(0, passwordLength.max);
  const attempt = usable ? await beginAttempt(db, normalizeEmail(credentials.email), policy) : null;
  const storedHash = attempt && !attempt.locked ? attempt.passwordHash : null;
  const valid = storedHash ? await verifyPassword(storedHash, password) : await verifyAgainstDummy(password);
  if (!attempt) return { ok: false };
  if (attempt.lockedNow) await recordLockEvent(db, attempt.userId, attempt.lockedUntil);
  if (!storedHash) return { ok: false };
  if (!valid || attempt.banned) {
    const lockedUntil = await recordFailure(db, attempt.userId, policy);
    if (lockedUntil) await recordLockEvent(db, attempt.userId, lockedUntil);
    return { ok: false };
  }
  if (!(await releaseAttempt(db, attempt.userId))) return { ok: false };
  if (needsRehash(storedHash)) await rehash(db, attempt.userId, password);
  return { ok: true, userId: attempt.userId };
}

// OWASP: when the hashing parameters are raised, upgrade each hash at the next sign-in.
async function rehash(db: PrismaClient, userId: string, password: string): Promise<void> {
  await db.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: await hashPassword(password) } });
}
