// Per-account lockout with no read-modify-write race: every attempt first takes a number with one
// atomic UPDATE (PostgreSQL serialises concurrent updates of the row), so of 100 parallel guesses
// only the first `maxFailures` ever reach the password check; the rest find the account locked.
import type { Db } from "@/lib/core/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/prisma-client";
import type { LockoutPolicy } from "./policy";

export type Attempt = {
  userId: string;
  banned: boolean;
  locked: boolean;
  /** This attempt is the one that locked the account (log it once). */
  lockedNow: boolean;
  lockedUntil: Date | null;
  passwordHash: string | null;
};

type AttemptRow = { id: string; banned: boolean; locked_until: Date | null; prior_lock: Date | null; password_hash: string | null };

// One attempt counted on the account `account` selects: an expired lock is lifted and the count
// restarts; an attempt beyond the allowed failures locks the account.
function countAttempt(account: Prisma.Sql, policy: LockoutPolicy): Prisma.Sql {
  return Prisma.sql`
    WITH prior AS (SELECT id, locked_until FROM "user" WHERE ${account} FOR UPDATE)
    UPDATE "user" AS u SET
      failed_logins = CASE WHEN u.locked_until <= now() THEN 1 ELSE u.failed_logins + 1 END,
      locked_until = CASE
        WHEN u.locked_until <= now() THEN NULL
        WHEN u.locked_until IS NULL AND u.failed_logins + 1 > ${policy.maxFailures} THEN
          now() + make_interval(secs => ${policy.lockSeconds})
        ELSE u.locked_until END
    FROM prior WHERE u.id = prior.id
    RETURNING u.id, u.banned, u.locked_until, prior.locked_until AS prior_lock`;
}

function attemptOf(row: Omit<AttemptRow, "password_hash">): Omit<Attempt, "passwordHash"> {
  const locked = row.locked_until !== null;
  return { userId: row.id, banned: row.banned, locked, lockedNow: locked && row.prior_lock === null, lockedUntil: row.locked_until };
}

/** Counts one password attempt on the account with this email (null when there is none), with its stored hash. */
export async function beginAttempt(db: PrismaClient, email: string, policy: LockoutPolicy): Promise<Attempt | null> {
  const rows = await db.$queryRaw<AttemptRow[]>`${countAttempt(Prisma.sql`email = ${email}`, policy)},
      (SELECT a.password FROM account a WHERE a.user_id = u.id AND a.provider_id = 'credential'
        ORDER BY a.created_at LIMIT 1) AS password_hash`;
  const row = rows[0];
  return row ? { ...attemptOf(row), passwordHash: row.password_hash } : null;
}

/**
 * Counts one second-factor attempt on the account, as beginAttempt counts a password: wrong codes
 * lock the account like wrong passwords (so 5 guesses per password, then the lock period).
 */
export async function beginCodeAttempt(db: Db, userId: string, policy: LockoutPolicy): Promise<Omit<Attempt, "passwordHash"> | null> {
  const rows = await db.$queryRaw<Omit<AttemptRow, "password_hash">[]>`${countAttempt(Prisma.sql`id = ${userId}`, policy)}`;
  const row = rows[0];
  return row ? attemptOf(row) : null;
}

/** After a wrong password: lock the account once the failures reach the limit. Returns the lock if this call set it. */
export async function recordFailure(db: Db, userId: string, policy: LockoutPolicy): Promise<Date | null> {
  const rows = await db.$queryRaw<{ locked_until: Date }[]>`
    UPDATE "user" SET locked_until = now() + make_interval(secs => ${policy.lockSeconds})
    WHERE id = ${userId} AND locked_until IS NULL AND failed_logins >= ${policy.maxFailures}
    RETURNING locked_until`;
  return rows[0]?.locked_until ?? null;
}

/** After a completed sign-in (both factors): clears the count, unless a parallel attempt locked the account meanwhile. */
export async function recordSuccess(db: Db, userId: string): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "user" SET failed_logins = 0 WHERE id = ${userId} AND locked_until IS NULL`;
  return count === 1;
}

/**
 * After the right password: gives back the number this attempt took, but keeps earlier failures.
 * Only a completed sign-in (the second factor too) clears the count, so a thief who knows the
 * password gets no fresh set of code guesses by typing it again.
 */
export async function releaseAttempt(db: Db, userId: string): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "user" SET failed_logins = GREATEST(failed_logins - 1, 0) WHERE id = ${userId} AND locked_until IS NULL`;
  return count === 1;
}
