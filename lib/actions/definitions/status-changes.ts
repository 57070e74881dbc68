// A program's status history: editors add and edit its dated changes (deleted and restored through
// record-lifecycle like every other record).
import { prisma } from "@/lib/db";
import { addStatusChange, editStatusChange } from "@/lib/editing/edit-status-change";
import { statusChangeAddSchema, statusChangeEditSchema } from "@/lib/schemas/program-status-change";
import { defineAction } from "../define-action";

export const addStatusChangeAction = defineAction({
  name: "programStatusChange.add",
  role: "editor",
  schema: statusChangeAddSchema,
  run: (actor, input) => addStatusChange(prisma(), actor, input),
});

export const editStatusChangeAction = defineAction({
  name: "programStatusChange.edit",
  role: "editor",
  schema: statusChangeEditSchema,
  run: (actor, input) => editStatusChange(prisma(), actor, input),
});
