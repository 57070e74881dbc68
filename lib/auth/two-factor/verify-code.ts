// The second step of every sign-in by an enrolled user: a 6-digit code from the authenticator app
// (its time step must be newer than the last one accepted: a code seen over a shoulder or in a
// proxy log cannot be replayed) or one of the recovery codes (each works once).
import type { PrismaClient } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { LockoutPolicy } from "../policy";
import { runCodeAttempt, type CodeOutcome } from "./code-attempt";
import { hashRecoveryCode, normalizeRecoveryCode, parseRecoveryHashes } from "./recovery-codes";
import { openSecret, type SecretKey } from "./secret-box";
import { matchTotpStep } from "./totp";

export type CodeKind = "totp" | "recovery";
type Match = { kind: "totp"; step: number } | { kind: "recovery"; hash: string };

/** Spaces are allowed ("123 456", "ABCDE FGHIJ …"); anything else that is not a code is simply wrong. */
export function classifyCode(input: string): { kind: "totp"; code: string } | { kind: "recovery"; code: string } | null {
  const compact = input.replace(/\s/g, "");
  if (/^\d{6}$/.test(compact)) return { kind: "totp", code: compact };
  const recovery = normalizeRecoveryCode(input);
  return recovery ? { kind: "recovery", code: recovery } : null;
}

async function match(db: PrismaClient, key: SecretKey, userId: string, input: unknown): Promise<Match | null> {
  const code = typeof input === "string" && input.length <= 100 ? classifyCode(input) : null;
  const row = await db.twoFactor.findUnique({ where: { userId }, select: { secret: true, backupCodes: true } });
  if (!code || !row) return null;
  if (code.kind === "recovery") {
    const hash = hashRecoveryCode(code.code);
    return parseRecoveryHashes(row.backupCodes).includes(hash) ? { kind: "recovery", hash } : null;
  }
  const secret = openSecret(key, row.secret, userId);
  const step = secret ? matchTotpStep(secret, code.code) : null;
  return step === null ? null : { kind: "totp", step };
}

async function claim(db: PrismaClient, userId: string, found: Match): Promise<boolean> {
  if (found.kind === "totp") {
    // Atomic: only a step newer than the last accepted one is taken, so a code works once.
    const taken = await db.twoFactor.updateMany({
      where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: found.step } }] },
      data: { lastUsedStep: found.step },
    });
    return taken.count === 1;
  }
  // Compare-and-set on the stored list: of two parallel uses of one code, one wins. Retried when
  // another code of the same user was used in between.
  for (let round = 0; round < 3; round += 1) {
    const row = await db.twoFactor.findUnique({ where: { userId }, select: { backupCodes: true } });
    const hashes = row ? parseRecoveryHashes(row.backupCodes) : [];
    if (!row || !hashes.includes(found.hash)) return false;
    const left = hashes.filter((h) => h !== found.hash);
    const swapped = await db.twoFactor.updateMany({
      where: { userId, backupCodes: row.backupCodes },
      data: { backupCodes: JSON.stringify(left) },
    });
    if (swapped.count === 1) {
      await recordAudit(
        db,
        { label: "sign-in" },
        {
          action: "update",
          entityType: "User",
          entityId: userId,
          before: { recoveryCodesLeft: hashes.length },
          after: { recoveryCodesLeft: left.length },
        },
      );
      return true;
    }
  }
  return false;
}

export async function verifySecondFactor(
  db: PrismaClient,
  key: SecretKey,
  token: unknown,
  input: unknown,
  policy: LockoutPolicy,
): Promise<CodeOutcome<CodeKind>> {
  const outcome = await runCodeAttempt<Match>(db, token, policy, {
    // A user still to enrol has no codes to give here.
    verify: async (pending) => (pending.enrolSecret === null ? match(db, key, pending.userId, input) : null),
    claim: (pending, found) => claim(db, pending.userId, found),
  });
  return outcome.ok ? { ok: true, userId: outcome.userId, value: outcome.value.kind } : outcome;
}
