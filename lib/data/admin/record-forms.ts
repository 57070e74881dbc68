// One stored record as its edit form's values, for the edit pages and for the "compare" view a
// conflicting save shows. Editors see deleted records too (to restore them).
import { formValuesOf } from "@/lib/admin/form-values";
import type { EditableEntity } from "@/lib/admin/edit-forms";
import type { EditFormValues } from "@/lib/admin/form-state";
import type { PrismaClient } from "@/lib/prisma-client";

export type FormRecord = { id: string; version: number; deletedAt: Date | null; programId: string | null; values: EditFormValues };

type Row = Record<string, unknown> & { id: string; version: number; deletedAt: Date | null; programId?: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A URL segment that can be an id: anything else would make PostgreSQL refuse the query. */
export function isRecordId(value: string): boolean {
  return uuidPattern.test(value);
}

const readers: Record<EditableEntity, (db: PrismaClient, id: string) => Promise<Row | null>> = {
  Program: (db, id) => db.program.findUnique({ where: { id } }),
  ProgramStatusChange: (db, id) => db.programStatusChange.findUnique({ where: { id } }),
  FundingClaim: (db, id) => db.fundingClaim.findUnique({ where: { id } }),
  CapacityClaim: (db, id) => db.capacityClaim.findUnique({ where: { id } }),
  Milestone: (db, id) => db.milestone.findUnique({ where: { id } }),
  Participation: (db, id) => db.participation.findUnique({ where: { id } }),
  Organization: (db, id) => db.organization.findUnique({ where: { id } }),
  Source: (db, id) => db.source.findUnique({ where: { id } }),
};

export async function loadFormRecord(
  db: PrismaClient,
  entity: EditableEntity,
  id: string,
  fields: readonly string[],
): Promise<FormRecord | null> {
  if (!isRecordId(id)) return null;
  const row = await readers[entity](db, id);
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    deletedAt: row.deletedAt,
    programId: row.programId ?? null,
    values: formValuesOf(row, fields),
  };
}
