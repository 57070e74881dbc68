// The frame of an admin's change to one existing account: admins only; the account named by the
// input is read in the change's transaction, and an unknown one is refused; the change is audited
// as an update of that account.
import type { PrismaClient } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/core/actor";
import type { Tx } from "@/lib/core/types";
import { refused, type UserResult } from "./result";
import { userIdSchema } from "./schemas";

export type AccountChange<User> = {
  read: (tx: Tx, userId: string) => Promise<User | null>;
  /** Refuses before anything is read (one's own account, say), or gives null to go on. */
  precheck?: (userId: string, admin: Actor) => UserResult | null;
  change: (tx: Tx, user: User, userId: string, admin: Actor) => Promise<UserResult>;
};

export async function changeAccount<User>(
  db: PrismaClient,
  actor: Actor | null,
  input: unknown,
  { read, precheck, change }: AccountChange<User>,
): Promise<UserResult> {
  assertRole(actor, "admin");
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return refused("Unknown account.");
  const { userId } = parsed.data;
  const refusal = precheck?.(userId, actor);
  if (refusal) return refusal;
  return db.$transaction(async (tx) => {
    const user = await read(tx, userId);
    if (!user) return refused("Unknown account.");
    return change(tx, user, userId, actor);
  });
}

/** The audit event of an admin's change to an account: what it was and what it is now. */
export function auditAccountChange(tx: Tx, admin: Actor, userId: string, before: object | null, after: object): Promise<void> {
  return recordAudit(tx, admin, { action: "update", entityType: "User", entityId: userId, before, after });
}
