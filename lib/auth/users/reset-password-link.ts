// An admin gives a user a new set-password link: for an invitee who lost theirs, a forgotten
// password, or a locked account (using the link lifts the lock; OWASP: lockout must not be a DoS).
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "@/lib/core/actor";
import { auditAccountChange, changeAccount } from "./account-change";
import { issuePasswordLink, passwordLinkPath } from "./password-link";
import { changed, refused, type UserResult } from "./result";

export async function issueNewPasswordLink(db: PrismaClient, actor: Actor | null, input: unknown): Promise<UserResult> {
  return changeAccount(db, actor, input, {
    read: (tx, userId) => tx.user.findUnique({ where: { id: userId }, select: { email: true, banned: true } }),
    change: async (tx, user, userId, admin) => {
      if (user.banned) return refused(`${user.email} is disabled: enable the account first.`);
      const link = await issuePasswordLink(tx, userId);
      await auditAccountChange(tx, admin, userId, null, { passwordLinkExpires: link.expiresAt.toISOString() });
      return changed(`New set-password link for ${user.email}; it works once, for 72 hours.`, passwordLinkPath(link.token));
    },
  });
}
