// A program's dated status change (announced → cancelled → revived), with the source that reports
// it. `detail` is the sentence readers see; `editorNote` stays in the admin area.
import { z } from "zod";
import { isoDate, optionalText, optionalUuid, uuid } from "./fields";
import { recordRef } from "./record-ref";
import { datePrecisions, programStatuses } from "@/lib/core/vocabulary";

const statusChangeFields = {
  sourceId: uuid,
  announcementId: optionalUuid,
  // Required: a past view before the change shows this status (status-history.ts).
  fromStatus: z.enum(programStatuses, { message: "Choose the status it changed from." }),
  status: z.enum(programStatuses, { message: "Choose a status." }),
  detail: optionalText(5000),
  editorNote: optionalText(5000),
  effectiveOn: isoDate,
  effectivePrecision: z.enum(datePrecisions, { message: "Choose how precise the date is." }).default("day"),
};

const notUnchanged = (change: { fromStatus: string | null; status: string }, ctx: z.RefinementCtx) => {
  if (change.fromStatus === change.status) {
    ctx.addIssue({ code: "custom", path: ["status"], message: "A change needs a status other than the one it starts from." });
  }
};

export const statusChangeAddSchema = z.object({ programId: uuid, ...statusChangeFields }).superRefine(notUnchanged);
export const statusChangeEditSchema = z.object({ ...recordRef, ...statusChangeFields }).superRefine(notUnchanged);

export type StatusChangeAdd = z.infer<typeof statusChangeAddSchema>;
export type StatusChangeEdit = z.infer<typeof statusChangeEditSchema>;
