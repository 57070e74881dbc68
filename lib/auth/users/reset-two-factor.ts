// An admin resets a user's two-factor sign-in (a lost phone, recovery codes gone): the secret and
// the recovery codes are deleted, every session and pending sign-in of the user ends, and the user
// enrols again at the next sign-in. One transaction with its audit event. Editors cannot.
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "@/lib/core/actor";
import { auditAccountChange, changeAccount } from "./account-change";
import { changed, type UserResult } from "./result";

export async function resetTwoFactor(db: PrismaClient, actor: Actor | null, input: unknown): Promise<UserResult> {
  return changeAccount(db, actor, input, {
    read: (tx, userId) => tx.user.findUnique({ where: { id: userId }, select: { email: true, twoFactorEnabled: true } }),
    change: async (tx, user, userId, admin) => {
      await tx.twoFactor.deleteMany({ where: { userId } });
      await tx.pendingSignIn.deleteMany({ where: { userId } });
      await tx.session.deleteMany({ where: { userId } });
      await tx.user.update({ where: { id: userId }, data: { twoFactorEnabled: false } });
      await auditAccountChange(tx, admin, userId, { twoFactor: user.twoFactorEnabled }, { twoFactor: false });
      const self = userId === admin.id ? " You are signed out too." : "";
      return changed(`Two-factor sign-in of ${user.email} is reset: they set up an authenticator app again at their next sign-in.${self}`);
    },
  });
}
