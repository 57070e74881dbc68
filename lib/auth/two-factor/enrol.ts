// Enrolment at the first sign-in after the password: the secret offered on the enrolment page
// (kept, encrypted, in the pending sign-in) becomes the user's once they type a right code from it.
// One transaction stores the secret, the recovery codes' hashes and the audit event; the codes
// themselves are returned to be shown once and are stored nowhere.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { LockoutPolicy } from "../policy";
import { runCodeAttempt, type CodeOutcome } from "./code-attempt";
import { newRecoveryCodes, recoveryCodeCount, serializeRecoveryHashes } from "./recovery-codes";
import { openSecret, sealSecret, type SecretKey } from "./secret-box";
import { matchTotpStep } from "./totp";

/** Stores an enrolled secret (also used by `npm run user:create` with ATLAS_USER_TOTP_SECRET). Returns the recovery codes. */
export async function storeTwoFactor(
  db: PrismaClient,
  key: SecretKey,
  userId: string,
  secret: string,
  lastUsedStep: number | null,
  actor: { label: string } | { id: string; email: string },
): Promise<string[] | null> {
  const codes = newRecoveryCodes();
  return db.$transaction(async (tx) => {
    // Enrolled meanwhile (a second tab, a parallel request): keep the first, refuse this one.
    const enrolled = await tx.user.updateMany({ where: { id: userId, twoFactorEnabled: false }, data: { twoFactorEnabled: true } });
    if (enrolled.count !== 1) return null;
    await tx.twoFactor.deleteMany({ where: { userId } });
    await tx.twoFactor.create({
      data: {
        id: randomUUID(),
        userId,
        secret: sealSecret(key, secret, userId),
        backupCodes: serializeRecoveryHashes(codes),
        lastUsedStep,
      },
    });
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "User",
      entityId: userId,
      before: { twoFactor: false },
      after: { twoFactor: true, recoveryCodesLeft: recoveryCodeCount },
    });
    return codes;
  });
}

export async function completeEnrolment(
  db: PrismaClient,
  key: SecretKey,
  token: unknown,
  input: unknown,
  policy: LockoutPolicy,
): Promise<CodeOutcome<string[]>> {
  const code = typeof input === "string" ? input.replace(/\s/g, "") : "";
  let recoveryCodes: string[] = [];
  const outcome = await runCodeAttempt<{ secret: string; step: number }>(db, token, policy, {
    verify: async (pending) => {
      const secret = pending.enrolSecret ? openSecret(key, pending.enrolSecret, pending.userId) : null;
      const step = secret ? matchTotpStep(secret, code) : null;
      return secret && step !== null ? { secret, step } : null;
    },
    finish: async (pending, { secret, step }) => {
      const user = await db.user.findUnique({ where: { id: pending.userId }, select: { email: true } });
      const codes = user ? await storeTwoFactor(db, key, pending.userId, secret, step, { id: pending.userId, email: user.email }) : null;
      recoveryCodes = codes ?? [];
      return codes !== null;
    },
  });
  return outcome.ok ? { ok: true, userId: outcome.userId, value: recoveryCodes } : outcome;
}
