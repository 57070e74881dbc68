// Audit events about accounts. They record what an admin can see of an account (email, name,
// role, whether it is disabled, whether a password is set) and never a password hash or token.
import type { AuditAction, Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "../actor";

export type Db = PrismaClient | Prisma.TransactionClient;

/** The fields of an account that history shows. */
export type UserAuditView = { email: string; name: string; role: string; disabled: boolean; passwordSet: boolean };

export function userAuditView(user: { email: string; name: string; role: string; banned: boolean }, passwordSet: boolean): UserAuditView {
  return { email: user.email, name: user.name, role: user.role, disabled: user.banned, passwordSet };
}

/** What an event may say about an account: its visible fields, and when a set-password link expires. */
export type UserAuditFields = Partial<UserAuditView> & { passwordLinkExpires?: string };

type Entry = { action: AuditAction; userId: string; before: UserAuditFields | null; after: UserAuditFields | null };

/** `actor`: the acting user (an admin, or the user setting their own password) or a label such as "cli". */
export async function recordUserAudit(db: Db, actor: Pick<Actor, "id" | "email"> | { label: string }, entry: Entry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: "id" in actor ? actor.id : null,
      actorLabel: "id" in actor ? actor.email : actor.label,
      action: entry.action,
      entityType: "User",
      entityId: entry.userId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

/** A lockout is logged (OWASP) and shown in the activity list; it is not part of any business transaction. */
export async function recordLockEvent(db: Db, userId: string, lockedUntil: Date | null): Promise<void> {
  const until = lockedUntil?.toISOString() ?? null;
  console.warn(`Sign-in: account ${userId} locked until ${until} after repeated failed passwords.`);
  await db.auditEvent.create({
    data: { actorLabel: "sign-in", action: "update", entityType: "User", entityId: userId, before: { lockedUntil: null }, after: { lockedUntil: until } },
  });
}
