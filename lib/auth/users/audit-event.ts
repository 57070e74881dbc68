// What the audit log says about accounts: what an admin can see of an account (email, name, role,
// whether it is disabled, whether a password is set), never a password hash or token. Written by
// the one audit writer, recordAudit.
import { recordAudit } from "@/lib/audit/record-audit";
import { type Db } from "@/lib/core/types";

/** The fields of an account that history shows. */
export type UserAuditView = { email: string; name: string; role: string; disabled: boolean; passwordSet: boolean };

export function userAuditView(user: { email: string; name: string; role: string; banned: boolean }, passwordSet: boolean): UserAuditView {
  return { email: user.email, name: user.name, role: user.role, disabled: user.banned, passwordSet };
}

/** A lockout is logged (OWASP) and shown in the activity list; it is not part of any business transaction. */
export async function recordLockEvent(db: Db, userId: string, lockedUntil: Date | null): Promise<void> {
  const until = lockedUntil?.toISOString() ?? null;
  console.warn(`Sign-in: account ${userId} locked until ${until} after repeated failed passwords.`);
  await recordAudit(
    db,
    { label: "sign-in" },
    { action: "update", entityType: "User", entityId: userId, before: { lockedUntil: null }, after: { lockedUntil: until } },
  );
}
