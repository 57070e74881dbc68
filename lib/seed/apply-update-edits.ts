// Applies the updates' edits to rows already in the database, in the updates' order, in the seed's
// transaction. Each edit is recorded by an audit event whose id derives from the update and change
// (idempotent: a second run finds it and does nothing) with the row before and after, like any
// editor's save (compare-and-set on `version`). A row an editor has changed (any audit event not by
// the seed) is left alone: the seed never overwrites an editor's work; the edit is reported skipped.
import type { Prisma } from "../generated/prisma/client";
import { toAuditJson } from "../audit/record-audit";
import { idOf } from "./keys";
import type { SeedEdit } from "./update-rows";

type Tx = Prisma.TransactionClient;
type Model = "milestone" | "program" | "participation";

const ENTITY: Record<Model, string> = { milestone: "Milestone", program: "Program", participation: "Participation" };

export type EditReport = { applied: number; skipped: string[] };

async function targetIds(tx: Tx, edit: SeedEdit): Promise<string[]> {
  const t = edit.target;
  if (t.model !== "participation") return [t.id];
  const rows = await tx.participation.findMany({
    where: { programId: t.programId, organizationId: t.organizationId, deletedAt: null },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

async function read(tx: Tx, model: Model, id: string): Promise<{ version: number } | null> {
  if (model === "milestone") return tx.milestone.findUnique({ where: { id } });
  if (model === "program") return tx.program.findUnique({ where: { id } });
  return tx.participation.findUnique({ where: { id } });
}

async function write(tx: Tx, model: Model, where: { id: string; version: number }, data: Record<string, unknown>): Promise<number> {
  const args = { where, data: { ...data, version: { increment: 1 } } };
  if (model === "milestone") return (await tx.milestone.updateMany(args as Prisma.MilestoneUpdateManyArgs)).count;
  if (model === "program") return (await tx.program.updateMany(args as Prisma.ProgramUpdateManyArgs)).count;
  return (await tx.participation.updateMany(args as Prisma.ParticipationUpdateManyArgs)).count;
}

export async function applyUpdateEdits(tx: Tx, edits: SeedEdit[]): Promise<EditReport> {
  const report: EditReport = { applied: 0, skipped: [] };
  for (const edit of edits) {
    const model = edit.target.model;
    const entityType = ENTITY[model];
    const ids = await targetIds(tx, edit);
    if (ids.length === 0) report.skipped.push(`${edit.marker}: no ${entityType} to change`);
    for (const id of ids) {
      const marker = idOf(`audit:seed-update:${edit.marker}:${id}`);
      if (await tx.auditEvent.findUnique({ where: { id: marker }, select: { id: true } })) continue;
      const byEditor = await tx.auditEvent.count({ where: { entityType, entityId: id, NOT: { actorLabel: "seed" } } });
      const before = await read(tx, model, id);
      if (byEditor > 0 || !before) {
        report.skipped.push(`${edit.marker}: ${entityType} ${id} ${before ? "was changed by an editor" : "is missing"}`);
        continue;
      }
      if ((await write(tx, model, { id, version: before.version }, edit.data)) !== 1) continue;
      const after = await read(tx, model, id);
      await tx.auditEvent.create({
        data: {
          id: marker,
          actorLabel: "seed",
          action: "update",
          entityType,
          entityId: id,
          before: toAuditJson(before) ?? undefined,
          after: toAuditJson(after) ?? undefined,
        },
      });
      report.applied += 1;
    }
  }
  return report;
}
