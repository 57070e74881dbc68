// An admin disables an account (it cannot sign in, and every session it has ends now) or
// enables it again. One transaction: the flag, the sessions, the audit event.
import type { PrismaClient } from "@/lib/prisma-client";
import { assertRole, type Actor } from "@/lib/core/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { changed, refused, type UserResult } from "./result";
import { userIdSchema } from "./schemas";

export async function setUserDisabled(db: PrismaClient, actor: Actor | null, input: unknown, disabled: boolean): Promise<UserResult> {
  assertRole(actor, "admin");
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return refused("Unknown account.");
  const { userId } = parsed.data;
  // An admin who disabled themselves could not undo it, and the last admin would lock everyone out.
  if (disabled && userId === actor.id) return refused("You cannot disable your own account.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, banned: true } });
    if (!user) return refused("Unknown account.");
    if (user.banned === disabled) return changed(`${user.email} is already ${disabled ? "disabled" : "enabled"}.`);
    await tx.user.update({ where: { id: userId }, data: { banned: disabled, banReason: disabled ? "disabled by an admin" : null } });
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "User",
      entityId: userId,
      before: { disabled: !disabled },
      after: { disabled },
    });
    return changed(disabled ? `${user.email} is disabled and signed out everywhere.` : `${user.email} can sign in again.`);
  });
}
