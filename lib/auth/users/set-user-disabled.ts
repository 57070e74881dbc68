// An admin disables an account (it cannot sign in, and every session it has ends now) or
// enables it again. One transaction: the flag, the sessions, the audit event.
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "@/lib/core/actor";
import { auditAccountChange, changeAccount } from "./account-change";
import { changed, refused, type UserResult } from "./result";

export async function setUserDisabled(db: PrismaClient, actor: Actor | null, input: unknown, disabled: boolean): Promise<UserResult> {
  return changeAccount(db, actor, input, {
    // An admin who disabled themselves could not undo it, and the last admin would lock everyone out.
    precheck: (userId, admin) => (disabled && userId === admin.id ? refused("You cannot disable your own account.") : null),
    read: (tx, userId) => tx.user.findUnique({ where: { id: userId }, select: { email: true, banned: true } }),
    change: async (tx, user, userId, admin) => {
      if (user.banned === disabled) return changed(`${user.email} is already ${disabled ? "disabled" : "enabled"}.`);
      await tx.user.update({ where: { id: userId }, data: { banned: disabled, banReason: disabled ? "disabled by an admin" : null } });
      if (disabled) await tx.session.deleteMany({ where: { userId } });
      await auditAccountChange(tx, admin, userId, { disabled: !disabled }, { disabled });
      return changed(disabled ? `${user.email} is disabled and signed out everywhere.` : `${user.email} can sign in again.`);
    },
  });
}
