// An admin invites a user: the account is created with its role and no password, and the admin
// receives a one-time set-password link. One transaction writes the user, the link and the audit.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/prisma-client";
import { assertRole, type Actor } from "@/lib/core/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { userAuditView } from "./audit-event";
import { issuePasswordLink, passwordLinkPath } from "./password-link";
import { hasPrismaCode } from "@/lib/core/prisma-errors";
import { changed, refused, unreadable, type UserResult } from "./result";
import { inviteSchema } from "./schemas";

export async function inviteUser(db: PrismaClient, actor: Actor | null, input: unknown): Promise<UserResult> {
  assertRole(actor, "admin");
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return unreadable(parsed.error);
  const { email, name, role } = parsed.data;
  try {
    const token = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { id: randomUUID(), email, name, role },
        select: { id: true, email: true, name: true, role: true, banned: true },
      });
      const link = await issuePasswordLink(tx, user.id);
      await recordAudit(tx, actor, {
        action: "create",
        entityType: "User",
        entityId: user.id,
        before: null,
        after: userAuditView(user, false),
      });
      return link.token;
    });
    return changed(`Invited ${email} as ${role}. Send them this link; it works once, for 72 hours.`, passwordLinkPath(token));
  } catch (error) {
    if (hasPrismaCode(error, "P2002"))
      return refused("Check the highlighted fields.", { email: ["An account with this email already exists."] });
    throw error;
  }
}
