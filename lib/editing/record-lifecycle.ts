// Delete softly (deletedAt; readers stop seeing the record), restore, and delete for good (admins
// only, from the deleted items, refused while other rows depend on the record). Each is one
// transaction with its audit event; soft delete and restore are version-checked like any edit.
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import type { RecordActionInput } from "@/lib/schemas/record-ref";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Tx } from "@/lib/core/types";
import { assertVersionMatched, ConflictError } from "./conflict";
import { delegateOf, describeDependents, liveCitations, type DeletableRow } from "./deletable-records";
import { affectedFrom, type VisibleRow } from "@/lib/data/visible-from";
import type { IsoDate } from "@/lib/core/dates";
import { announcementRow, childRow, programRow } from "./affected-from";
import { programSlugOf, type Affects, type EditOutcome } from "./outcome";
import { hasPrismaCode } from "@/lib/core/prisma-errors";
import { followLatestStatus, latestStatusChangeId } from "./program-status-sync";
import { rejectForm } from "./reject";
import { readExisting, saveVersioned } from "./versioned-save";

async function affectsOf(tx: Tx, entityType: RecordActionInput["entityType"], row: DeletableRow): Promise<Affects> {
  if (entityType === "Program" && row.slug) return { programSlugs: [row.slug] };
  if (row.programId) return programSlugOf(tx, row.programId);
  // Sources and organisations show on any program's pages.
  return "all";
}

// As `row` was or is: a program or an announcement is judged by its own publication; a status change
// shows wherever its program does (status-history.ts reads every transition); the rest by its program,
// announcement, source and own dates.
async function visibleRowOf(tx: Tx, entityType: RecordActionInput["entityType"], row: DeletableRow): Promise<VisibleRow | null> {
  const { publicationState, publishedAt, announcedOn } = row;
  const publication =
    publicationState !== undefined && publishedAt !== undefined && announcedOn !== undefined
      ? { publicationState, publishedAt, announcedOn, deletedAt: row.deletedAt }
      : null;
  if (entityType === "Program") return publication && { program: publication };
  if (!row.programId) return null;
  if (entityType === "Announcement") return publication && announcementRow(tx, { ...publication, programId: row.programId });
  if (entityType === "ProgramStatusChange") return programRow(tx, row.programId);
  return childRow(tx, { ...row, programId: row.programId });
}

/** The first day deleting or restoring the record changes in a past view; sources and organisations: every day. */
async function affectedFromOf(tx: Tx, entityType: RecordActionInput["entityType"], rows: DeletableRow[]): Promise<IsoDate | null> {
  if (entityType === "Source" || entityType === "Organization") return null;
  const visible: (VisibleRow | null)[] = [];
  for (const row of rows) visible.push(await visibleRowOf(tx, entityType, row));
  return affectedFrom(visible);
}

async function checkCanHide(tx: Tx, entityType: RecordActionInput["entityType"], row: DeletableRow): Promise<void> {
  if (row.deletedAt) rejectForm("This record is already deleted.");
  if (entityType === "Source") {
    const live = await liveCitations(tx, row.id);
    if (live > 0) rejectForm(`${live} record${live === 1 ? " cites" : "s cite"} this source. Delete them or cite another source first.`);
  }
}

async function checkCanRestore(tx: Tx, row: DeletableRow): Promise<void> {
  if (!row.deletedAt) rejectForm("This record is not deleted.");
  if (!row.sourceId) return;
  const source = await tx.source.findUnique({ where: { id: row.sourceId }, select: { deletedAt: true } });
  if (source?.deletedAt) rejectForm("Its source is deleted. Restore the source first.");
}

async function statusChangeBefore(tx: Tx, id: string) {
  const row = await tx.programStatusChange.findUniqueOrThrow({ where: { id }, select: { id: true, programId: true, fromStatus: true } });
  return { ...row, wasLatest: (await latestStatusChangeId(tx, row.programId)) === id };
}

async function setDeleted(db: PrismaClient, actor: Actor, input: RecordActionInput, deleted: boolean): Promise<EditOutcome> {
  const { entityType, id, version } = input;
  return db.$transaction(async (tx) => {
    const delegate = delegateOf(tx, entityType);
    const read = () => delegate.findUnique({ where: { id } });
    const stored = await readExisting(tx, entityType, id, read);
    if (stored.version === version) await (deleted ? checkCanHide(tx, entityType, stored) : checkCanRestore(tx, stored));
    const statusChange = entityType === "ProgramStatusChange" ? await statusChangeBefore(tx, id) : null;
    const { after } = await saveVersioned(tx, actor, {
      entityType,
      id,
      version,
      action: deleted ? "delete" : "restore",
      read,
      check: () => {},
      write: (t, where) =>
        delegateOf(t, entityType).updateMany({
          where: { ...where, deletedAt: deleted ? null : { not: null } },
          data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } },
        }),
    });
    // Removing or bringing back a program's latest status change moves the program's status with it.
    if (statusChange) await followLatestStatus(tx, actor, statusChange);
    return {
      entityType,
      id,
      version: after.version,
      affects: await affectsOf(tx, entityType, after),
      affectedFrom: await affectedFromOf(tx, entityType, [stored, after]),
    };
  });
}

export function softDeleteRecord(db: PrismaClient, actor: Actor, input: RecordActionInput): Promise<EditOutcome> {
  return setDeleted(db, actor, input, true);
}

export function restoreSoftDeletedRecord(db: PrismaClient, actor: Actor, input: RecordActionInput): Promise<EditOutcome> {
  return setDeleted(db, actor, input, false);
}

// A milestone's revisions are deleted with it (cascade): the audit event keeps them in its image.
async function beforeImage(tx: Tx, entityType: RecordActionInput["entityType"], row: DeletableRow): Promise<object> {
  if (entityType !== "Milestone") return row;
  return { ...row, revisions: await tx.milestoneRevision.findMany({ where: { milestoneId: row.id }, orderBy: { recordedAt: "asc" } }) };
}

export async function hardDeleteRecord(db: PrismaClient, actor: Actor, input: RecordActionInput): Promise<EditOutcome> {
  const { entityType, id, version } = input;
  try {
    return await db.$transaction(async (tx) => {
      const delegate = delegateOf(tx, entityType);
      const stored = await readExisting(tx, entityType, id, () => delegate.findUnique({ where: { id } }));
      if (stored.version !== version) throw new ConflictError(entityType, id);
      if (!stored.deletedAt) rejectForm("Delete this record first; only deleted records can be deleted for good.");
      const blockers = await describeDependents(tx, entityType, id);
      if (blockers)
        rejectForm(
          `This record cannot be deleted for good while ${blockers} refer to it. Delete those for good or link them elsewhere first.`,
        );
      const before = await beforeImage(tx, entityType, stored);
      const affects = await affectsOf(tx, entityType, stored);
      const changed = await affectedFromOf(tx, entityType, [stored]);
      assertVersionMatched((await delegate.deleteMany({ where: { id, version, deletedAt: { not: null } } })).count, entityType, id);
      await recordAudit(tx, actor, { action: "hard_delete", entityType, entityId: id, before, after: null });
      return { entityType, id, version, affects, affectedFrom: changed };
    });
  } catch (error) {
    // A row that started to depend on it after the check above: the database's foreign key refuses.
    if (hasPrismaCode(error, "P2003")) rejectForm("Other records refer to this one, so it cannot be deleted for good.");
    throw error;
  }
}
