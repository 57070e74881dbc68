// One second-factor attempt, whatever it checks (a code at sign-in, the first code at enrolment):
// it counts against the pending sign-in's cap and the account's lockout, and a locked or disabled
// account is refused even with the right code. The code is checked either way, so the work done
// does not depend on the account's state; only then is anything written.
import type { PrismaClient } from "@/lib/prisma-client";
import { beginCodeAttempt, recordFailure, recordSuccess } from "../lockout";
import type { LockoutPolicy } from "../policy";
import { recordLockEvent } from "../users/audit-event";
import { consumePendingSignIn, pendingPolicy, takePendingAttempt, type PendingAttempt } from "./pending-sign-in";

/** "expired": the pending sign-in is gone (start again with the password); "code": try another code. */
export type CodeOutcome<T> = { ok: true; userId: string; value: T } | { ok: false; reason: "expired" | "code" };

export type CodeSteps<T> = {
  /** Does the code match? No writes: it runs for locked accounts too. */
  verify: (pending: PendingAttempt) => Promise<T | null>;
  /** Takes the matched code for good (a TOTP step, a recovery code); false if it was already used. */
  claim?: (pending: PendingAttempt, value: T) => Promise<boolean>;
  /** After the pending sign-in is consumed: the writes that complete the step (enrolment). */
  finish?: (pending: PendingAttempt, value: T) => Promise<boolean>;
};

export async function runCodeAttempt<T>(
  db: PrismaClient,
  token: unknown,
  policy: LockoutPolicy,
  steps: CodeSteps<T>,
): Promise<CodeOutcome<T>> {
  const pending = await takePendingAttempt(db, token);
  if (!pending) return { ok: false, reason: "expired" };
  const account = await beginCodeAttempt(db, pending.userId, policy);
  const value = await steps.verify(pending);
  if (account?.lockedNow) await recordLockEvent(db, pending.userId, account.lockedUntil);
  const usable = account && !account.locked && !account.banned;
  const claimed = usable && value !== null && (steps.claim ? await steps.claim(pending, value) : true);
  if (!claimed || value === null) {
    if (usable) {
      const lockedUntil = await recordFailure(db, pending.userId, policy);
      if (lockedUntil) await recordLockEvent(db, pending.userId, lockedUntil);
    }
    const lastAttempt = pending.attempts >= pendingPolicy.maxAttempts;
    if (lastAttempt) await consumePendingSignIn(db, String(token));
    return { ok: false, reason: lastAttempt ? "expired" : "code" };
  }
  // The pending sign-in is consumed exactly once: of two parallel right codes, one session.
  if (!(await recordSuccess(db, pending.userId)) || !(await consumePendingSignIn(db, String(token))))
    return { ok: false, reason: "expired" };
  if (steps.finish && !(await steps.finish(pending, value))) return { ok: false, reason: "expired" };
  return { ok: true, userId: pending.userId, value };
}
