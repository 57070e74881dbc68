// Edit a milestone's description, status and source. Its due date moves only by a recorded
// revision (reschedule-milestone.ts), so slippage is never edited away.
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import type { MilestoneEdit } from "@/lib/schemas/record-edits";
import { optionalDayOf } from "./db-values";
import { editProgramRow } from "./edit-program-row";
import type { EditOutcome } from "./outcome";
import { rejectField } from "./reject";
import { inPlace } from "./versioned-save";

export async function editMilestone(db: PrismaClient, actor: Actor, input: MilestoneEdit): Promise<EditOutcome> {
  const { id, version, completedOn, statusCheckedOn, ...fields } = input;
  return db.$transaction((tx) =>
    editProgramRow(
      tx,
      actor,
      {
        entityType: "Milestone",
        id,
        version,
        ...inPlace((t) => t.milestone, id, {
          ...fields,
          completedOn: optionalDayOf(completedOn),
          statusCheckedOn: optionalDayOf(statusCheckedOn),
        }),
      },
      { sourceId: fields.sourceId, announcementId: fields.announcementId, otherSources: { completionSourceId: fields.completionSourceId } },
      (stored) => {
        // The shared milestone rule: a completed milestone needs a date it was done by.
        if (fields.status === "completed" && completedOn === null && stored.dueOn === null) {
          rejectField("completedOn", "Give the date it was completed.");
        }
      },
    ),
  );
}
