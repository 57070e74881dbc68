// The one writer of the audit log. Every change writes one audit event in the same transaction as
// the change itself: who acted, what they did, to which record, and the record before and after.
// Never a secret: callers pass the editable record or an account's visible fields, not a user row
// or a token.
import type { Actor } from "@/lib/core/actor";
import type { Db } from "@/lib/core/types";
import type { AuditAction, Prisma } from "@/lib/generated/prisma/client";

/** A signed-in user, or a label for who acted without a session ("cli", "sign-in"). */
export type AuditActor = Pick<Actor, "id" | "email"> | { label: string };

export type AuditEntry = {
  action: AuditAction;
  entityType: string; // the Prisma model name, as the seed writes it: "Program", "FundingClaim", …
  entityId: string;
  before?: object | null;
  after?: object | null;
};

/** JSON for an audit payload: dates as ISO strings, Decimals as their exact string. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(toAuditJson);
  // Prisma's Decimal (decimal.js) prints its exact value; any other object is walked field by field.
  if (typeof value === "object" && "toFixed" in value && typeof value.toString === "function") return value.toString();
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, toAuditJson(field)]));
  }
  return String(value);
}

export async function recordAudit(db: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: "id" in actor ? actor.id : null,
      actorLabel: "id" in actor ? actor.email : actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: (toAuditJson(entry.before) ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (toAuditJson(entry.after) ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}
