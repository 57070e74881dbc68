// An admin gives a user a new set-password link: for an invitee who lost theirs, a forgotten
// password, or a locked account (using the link lifts the lock; OWASP: lockout must not be a DoS).
import type { PrismaClient } from "@/lib/prisma-client";
import { assertRole, type Actor } from "@/lib/core/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { issuePasswordLink, passwordLinkPath } from "./password-link";
import { changed, refused, type UserResult } from "./result";
import { userIdSchema } from "./schemas";

export async function issueNewPasswordLink(db: PrismaClient, actor: Actor | null, input: unknown): Promise<UserResult> {
  assertRole(actor, "admin");
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return refused("Unknown account.");
  const { userId } = parsed.data;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, banned: true } });
    if (!user) return refused("Unknown account.");
    if (user.banned) return refused(`${user.email} is disabled: enable the account first.`);
    const link = await issuePasswordLink(tx, userId);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "User",
      entityId: userId,
      before: null,
      after: { passwordLinkExpires: link.expiresAt.toISOString() },
    });
    return changed(`New set-password link for ${user.email}; it works once, for 72 hours.`, passwordLinkPath(link.token));
  });
}
