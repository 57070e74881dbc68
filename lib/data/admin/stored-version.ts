// The record as stored now, as form values: what a conflicting save is compared against.
import "server-only";
import type { StoredVersion } from "@/lib/admin/form-state";
import { fieldNames, type FieldSpec } from "@/lib/admin/field-spec";
import { prisma } from "@/lib/db";
import type { EditableEntity } from "@/lib/admin/edit-forms";
import { loadFormRecord } from "./record-forms";

export async function storedVersion(
  entity: EditableEntity,
  id: string | undefined,
  fields: readonly FieldSpec[],
): Promise<StoredVersion | null> {
  if (!id) return null;
  const record = await loadFormRecord(prisma(), entity, id, fieldNames(fields));
  return record && { version: record.version, values: record.values };
}
