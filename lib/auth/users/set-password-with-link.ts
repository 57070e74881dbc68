// The invitee (or a user given a reset link) sets their password. The link is consumed in the same
// transaction that stores the argon2id hash, so it works once even when submitted twice at once;
// the user's other sessions end and any lockout is lifted.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/prisma-client";
import { hashPassword, passwordSchema } from "../password";
import { recordAudit } from "@/lib/audit/record-audit";
import { findPasswordLink } from "./password-link";
import { changed, refused, unreadable, type UserResult } from "./result";

const setPasswordSchema = z
  .strictObject({ token: z.string().max(200), password: passwordSchema, confirm: z.string().max(1000) })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });

export const expiredLinkMessage = "This link has expired or was already used. Ask an admin for a new one.";

export async function setPasswordWithLink(db: PrismaClient, input: unknown): Promise<UserResult> {
  const parsed = setPasswordSchema.safeParse(input);
  if (!parsed.success) return unreadable(parsed.error);
  const { token, password } = parsed.data;
  // A cheap look first, so that posting junk tokens cannot make the server hash passwords.
  if (!(await findPasswordLink(db, token))) return refused(expiredLinkMessage);
  const passwordHash = await hashPassword(password); // outside the transaction: keep it short
  return db.$transaction(async (tx) => {
    const link = await findPasswordLink(tx, token);
    // deleteMany counts what it removed: of two parallel submissions only one gets 1.
    if (!link || (await tx.verification.deleteMany({ where: { id: link.verificationId } })).count !== 1) {
      return refused(expiredLinkMessage);
    }
    const updated = await tx.account.updateMany({
      where: { userId: link.userId, providerId: "credential" },
      data: { password: passwordHash },
    });
    if (updated.count === 0) {
      await tx.account.create({
        data: { id: randomUUID(), accountId: link.userId, providerId: "credential", userId: link.userId, password: passwordHash },
      });
    }
    await tx.session.deleteMany({ where: { userId: link.userId } });
    await tx.user.update({ where: { id: link.userId }, data: { failedLogins: 0, lockedUntil: null } });
    await recordAudit(
      tx,
      { id: link.userId, email: link.email },
      {
        action: "update",
        entityType: "User",
        entityId: link.userId,
        before: { passwordSet: updated.count > 0 },
        after: { passwordSet: true },
      },
    );
    return changed("Your password is set. Sign in with it now.");
  });
}
