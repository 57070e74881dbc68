// Add and edit a program's dated status changes. The date is stored as the first day of the period
// its precision names ("March 2026" → 2026-03-01), as the seed stores it, so a past view (?asOf=)
// shows the change from the first day it can be known.
import type { Actor } from "@/lib/core/actor";
import { periodStart } from "@/lib/core/dates";
import type { PrismaClient } from "@/lib/prisma-client";
import type { StatusChangeAdd, StatusChangeEdit } from "@/lib/schemas/program-status-change";
import { recordAudit } from "@/lib/audit/record-audit";
import { dayOf } from "./db-values";
import { statusChangeAffectedFrom } from "./affected-from";
import { programSlugOf, type EditOutcome } from "./outcome";
import { followLatestStatus, latestStatusChangeId } from "./program-status-sync";
import { checkReferences } from "./references";
import { rejectField } from "./reject";
import { inPlace, readExisting, saveVersioned } from "./versioned-save";

const effectiveDay = (input: { effectiveOn: string; effectivePrecision: StatusChangeAdd["effectivePrecision"] }) =>
  dayOf(periodStart(input.effectiveOn, input.effectivePrecision));

export async function addStatusChange(db: PrismaClient, actor: Actor, input: StatusChangeAdd): Promise<EditOutcome> {
  return db.$transaction(async (tx) => {
    const program = await tx.program.findUnique({ where: { id: input.programId }, select: { deletedAt: true } });
    if (!program || program.deletedAt) rejectField("programId", "Choose an existing program.");
    await checkReferences(tx, { programId: input.programId, sourceId: input.sourceId, announcementId: input.announcementId });
    const row = await tx.programStatusChange.create({ data: { ...input, effectiveOn: effectiveDay(input) } });
    await recordAudit(tx, actor, { action: "create", entityType: "ProgramStatusChange", entityId: row.id, after: row });
    await followLatestStatus(tx, actor, { id: row.id, programId: row.programId, fromStatus: row.fromStatus, wasLatest: false });
    return {
      entityType: "ProgramStatusChange",
      id: row.id,
      version: row.version,
      affects: await programSlugOf(tx, row.programId),
      affectedFrom: await statusChangeAffectedFrom(tx, row.programId),
    };
  });
}

export async function editStatusChange(db: PrismaClient, actor: Actor, input: StatusChangeEdit): Promise<EditOutcome> {
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    const row = inPlace((t) => t.programStatusChange, id, { ...fields, effectiveOn: effectiveDay(fields) });
    const stored = await readExisting(tx, "ProgramStatusChange", id, row.read);
    await checkReferences(tx, { programId: stored.programId, sourceId: fields.sourceId, announcementId: fields.announcementId });
    const wasLatest = (await latestStatusChangeId(tx, stored.programId)) === id;
    const { after } = await saveVersioned(tx, actor, { entityType: "ProgramStatusChange", id, version, ...row });
    await followLatestStatus(tx, actor, { id, programId: after.programId, fromStatus: after.fromStatus, wasLatest });
    return {
      entityType: "ProgramStatusChange",
      id,
      version: after.version,
      affects: await programSlugOf(tx, after.programId),
      affectedFrom: await statusChangeAffectedFrom(tx, after.programId),
    };
  });
}
