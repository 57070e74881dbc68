// Reads of the audit log: all changes (/admin/activity) and one record's history (edit pages).
// DTOs only: who, when, what, which record, and each changed field before → after.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/prisma-client";
import { changedFields, recordLabel, type ChangeDto } from "./audit/changes";
import { accountId } from "@/lib/schemas/fields";

export type { ChangeDto } from "./audit/changes";

/** The entity types the app records (Prisma model names, as the seed and the actions write them). */
export const auditEntityTypes = [
  "Program",
  "ProgramStatusChange",
  "Announcement",
  "Source",
  "FundingClaim",
  "CapacityClaim",
  "Milestone",
  "MilestoneRevision",
  "Organization",
  "Participation",
  "ExchangeRate",
  "User",
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

export type AuditEventDto = {
  id: string;
  occurredAt: string;
  who: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  entityLabel: string | null;
  changes: ChangeDto[];
};

export type ActivityPage = { events: AuditEventDto[]; page: number; pageCount: number; total: number };

export const activityPageSize = 50;

const eventSelect = {
  id: true,
  occurredAt: true,
  actorId: true,
  actorLabel: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  actor: { select: { name: true, email: true } },
} satisfies Prisma.AuditEventSelect;

type EventRow = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>;

function toDto(row: EventRow): AuditEventDto {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    who: row.actor ? `${row.actor.name} (${row.actor.email})` : row.actorLabel,
    actorId: row.actorId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    entityLabel: recordLabel(row.before, row.after),
    changes: changedFields(row.before, row.after),
  };
}

export const activityFilterSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  entityType: z.enum(auditEntityTypes).optional().catch(undefined),
  actorId: accountId.optional().catch(undefined),
});
export type ActivityFilter = { page: number; entityType?: AuditEntityType; actorId?: string };

/**
 * All changes, newest first, a page at a time (`pageSize`: the editors' desk shows a few). Account
 * events (entity "User": invitations, disabling, lockouts) are for admins only: pass
 * `includeAccounts` for them.
 */
export async function listActivity(
  db: PrismaClient,
  { pageSize = activityPageSize, ...filter }: ActivityFilter & { includeAccounts?: boolean; pageSize?: number },
): Promise<ActivityPage> {
  if (filter.entityType === "User" && !filter.includeAccounts) return { events: [], page: 1, pageCount: 1, total: 0 };
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(!filter.includeAccounts && { NOT: { entityType: "User" } }),
  };
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filter.page), pageCount);
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: eventSelect,
  });
  return { events: rows.map(toDto), page, pageCount, total };
}

/** One record's history, newest first. */
export async function historyOf(db: PrismaClient, entityType: string, entityId: string): Promise<AuditEventDto[]> {
  const rows = await db.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    select: eventSelect,
  });
  return rows.map(toDto);
}

/** The people who have made changes, for the activity filter. */
export async function listAuditActors(db: PrismaClient): Promise<{ id: string; label: string }[]> {
  const users = await db.user.findMany({
    where: { auditEvents: { some: {} } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
  return users.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` }));
}
