import { z } from "zod";
import { blankToNull, optionalIsoDate, optionalText, optionalUuid, requiredText, uuid } from "./fields";
import { confidences, datePrecisions, milestoneStatuses } from "@/lib/core/vocabulary";

export const milestoneSchema = z
  .object({
    programId: uuid,
    sourceId: uuid,
    announcementId: optionalUuid,
    title: requiredText(300),
    description: optionalText(5000),
    dueOn: optionalIsoDate,
    duePrecision: z.enum(datePrecisions).default("day"),
    dueText: optionalText(100),
    relativeDays: z.preprocess(
      blankToNull,
      z.coerce.number().int("Whole days only.").min(1, "At least one day.").max(3650, "At most ten years.").nullable(),
    ),
    anchorOn: optionalIsoDate,
    anchorLabel: optionalText(300),
    status: z.enum(milestoneStatuses, { message: "Choose a status." }),
    statusDetail: optionalText(5000),
    editorNote: optionalText(5000),
    completedOn: optionalIsoDate,
    confidence: z.enum(confidences).default("verified"),
  })
  .superRefine((m, ctx) => checkMilestone(m, ctx));

type MilestoneTiming = {
  relativeDays: number | null;
  anchorOn: string | null;
  anchorLabel: string | null;
  status: string;
  completedOn: string | null;
  dueOn: string | null;
};

/** The milestone rules shared by this schema and the announcement form's milestones. */
export function checkMilestone(m: MilestoneTiming, ctx: z.RefinementCtx): void {
  if (m.relativeDays !== null && m.anchorOn === null && m.anchorLabel === null) {
    ctx.addIssue({ code: "custom", path: ["anchorOn"], message: "Say what the days are counted from." });
  }
  if (m.status === "completed" && m.completedOn === null && m.dueOn === null) {
    ctx.addIssue({ code: "custom", path: ["completedOn"], message: "Give the date it was completed." });
  }
}

export type MilestoneInput = z.infer<typeof milestoneSchema>;
