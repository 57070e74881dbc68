// Soft delete and restore (editors), and permanent delete (admins only, a separate permission).
import { prisma } from "@/lib/db";
import { hardDeleteRecord, restoreSoftDeletedRecord, softDeleteRecord } from "@/lib/editing/record-lifecycle";
import { recordActionSchema } from "@/lib/schemas/record-ref";
import { defineAction } from "../define-action";

export const deleteRecordAction = defineAction({
  name: "record.delete",
  role: "editor",
  schema: recordActionSchema,
  run: (actor, input) => softDeleteRecord(prisma(), actor, input),
});

export const restoreRecordAction = defineAction({
  name: "record.restore",
  role: "editor",
  schema: recordActionSchema,
  run: (actor, input) => restoreSoftDeletedRecord(prisma(), actor, input),
});

export const hardDeleteRecordAction = defineAction({
  name: "record.hardDelete",
  role: "admin",
  schema: recordActionSchema,
  run: (actor, input) => hardDeleteRecord(prisma(), actor, input),
});
