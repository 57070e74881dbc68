// The one way an existing record is changed: read it, refuse a stale version, write with a
// compare-and-set on `version` (bumping it), read it again and record before/after in the audit
// log, all inside the caller's transaction.
import type { Actor } from "@/lib/core/actor";
import type { AuditAction } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Tx } from "@/lib/core/types";
import { assertVersionMatched, ConflictError, NotFoundError } from "./conflict";
import { rejectForm } from "./reject";

export type VersionedRow = { id: string; version: number; deletedAt?: Date | null };

export type VersionedChange<Row extends VersionedRow> = {
  entityType: string;
  id: string;
  version: number;
  action?: AuditAction;
  read: (tx: Tx) => Promise<Row | null>;
  // Must filter on `id` and `version` (and bump the version), as `updateMany` where the caller gives: inPlace writes one so.
  write: (tx: Tx, where: { id: string; version: number }) => Promise<{ count: number }>;
  // Refusals that depend on the stored record (deleted, wrong state), checked before writing.
  check?: (before: Row) => void;
  // What the audit event records as "after", when more than the row explains the change.
  auditAfter?: (after: Row) => object;
};

/** What an in-place edit needs of its table: one row by id, and the compare-and-set write (Prisma's delegate fits). */
type RowTable<Row, Data> = {
  findUnique(args: { where: { id: string } }): Promise<Row | null>;
  updateMany(args: { where: { id: string; version: number }; data: Data }): Promise<{ count: number }>;
};

/**
 * The read and write of an edit in place: the row by id, then `data` written at the version the form loaded, bumping it, so no
 * edit can forget the bump. `data` is checked against the table's own update input (NoInfer: the table decides its type).
 */
export function inPlace<Row extends VersionedRow, Data extends object>(
  table: (tx: Tx) => RowTable<Row, Data & { version: { increment: 1 } }>,
  id: string,
  data: NoInfer<Data>,
): Pick<VersionedChange<Row>, "read" | "write"> {
  return {
    read: (tx) => table(tx).findUnique({ where: { id } }),
    write: (tx, where) => table(tx).updateMany({ where, data: { ...data, version: { increment: 1 } } }),
  };
}

export async function readExisting<Row extends VersionedRow>(
  tx: Tx,
  entityType: string,
  id: string,
  read: (tx: Tx) => Promise<Row | null>,
): Promise<Row> {
  const row = await read(tx);
  if (!row) throw new NotFoundError(entityType, id);
  return row;
}

export async function saveVersioned<Row extends VersionedRow>(
  tx: Tx,
  actor: Actor,
  change: VersionedChange<Row>,
): Promise<{ before: Row; after: Row }> {
  const before = await readExisting(tx, change.entityType, change.id, change.read);
  // Checked first so that a stale form gets the conflict (and the compare view) rather than a
  // refusal about a state the editor has not seen yet.
  if (before.version !== change.version) throw new ConflictError(change.entityType, change.id);
  if (change.check) change.check(before);
  else if (before.deletedAt) rejectForm("This record is deleted. Restore it before editing it.");
  // The row may have moved on since the read above: the compare-and-set decides.
  const { count } = await change.write(tx, { id: change.id, version: change.version });
  assertVersionMatched(count, change.entityType, change.id);
  const after = await readExisting(tx, change.entityType, change.id, change.read);
  await recordAudit(tx, actor, {
    action: change.action ?? "update",
    entityType: change.entityType,
    entityId: change.id,
    before,
    after: change.auditAfter?.(after) ?? after,
  });
  return { before, after };
}
