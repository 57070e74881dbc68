// An admin resets a user's two-factor sign-in (a lost phone, recovery codes gone): the secret and
// the recovery codes are deleted, every session and pending sign-in of the user ends, and the user
// enrols again at the next sign-in. One transaction with its audit event. Editors cannot.
import type { PrismaClient } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/core/actor";
import { changed, refused, type UserResult } from "./result";
import { userIdSchema } from "./schemas";

export async function resetTwoFactor(db: PrismaClient, actor: Actor | null, input: unknown): Promise<UserResult> {
  assertRole(actor, "admin");
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return refused("Unknown account.");
  const { userId } = parsed.data;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, twoFactorEnabled: true } });
    if (!user) return refused("Unknown account.");
    await tx.twoFactor.deleteMany({ where: { userId } });
    await tx.pendingSignIn.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.user.update({ where: { id: userId }, data: { twoFactorEnabled: false } });
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "User",
      entityId: userId,
      before: { twoFactor: user.twoFactorEnabled },
      after: { twoFactor: false },
    });
    const self = userId === actor.id ? " You are signed out too." : "";
    return changed(`Two-factor sign-in of ${user.email} is reset: they set up an authenticator app again at their next sign-in.${self}`);
  });
}
