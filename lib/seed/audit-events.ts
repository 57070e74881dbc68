// One AuditEvent per row the seed inserts, written in the same transaction: who ("seed"), what
// (create), which row, and the row as inserted. Its id derives from the row's, so it is stable too.
import type { Prisma } from "../generated/prisma/client";
import { idOf, keys } from "./keys";

function jsonValue(value: unknown): Prisma.InputJsonValue | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(jsonValue);
  throw new Error(`Cannot record ${typeof value} in an audit event`);
}

/** A seed row as JSON: dates as ISO strings, decimals already strings. */
export function rowJson(row: object): Prisma.InputJsonObject {
  return Object.fromEntries(Object.entries(row).map(([field, value]) => [field, jsonValue(value)]));
}

export type SeedAuditEvent = Prisma.AuditEventCreateManyInput & { id: string; entityType: string; entityId: string };

/**
 * The audit event of a seed insert. `occurrence` > 1 when the row was inserted before, deleted by
 * an editor and is inserted again: its first event is history and keeps its id.
 */
export function auditEventFor(entityType: string, row: { id: string }, occurrence = 1): SeedAuditEvent {
  const key = keys.audit(entityType, row.id);
  return {
    id: idOf(occurrence === 1 ? key : `${key}#${occurrence}`),
    actorLabel: "seed",
    action: "create",
    entityType,
    entityId: row.id,
    after: rowJson(row),
  };
}
