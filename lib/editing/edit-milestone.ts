// Edit a milestone's description, status and source. Its due date moves only by a recorded
// revision (reschedule-milestone.ts), so slippage is never edited away.
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import type { MilestoneEdit } from "@/lib/schemas/record-edits";
import { optionalDayOf } from "./db-values";
import { programRecordOutcome, type EditOutcome } from "./outcome";
import { checkReferences } from "./references";
import { rejectField } from "./reject";
import { readExisting, saveVersioned } from "./versioned-save";

export async function editMilestone(db: PrismaClient, actor: Actor, input: MilestoneEdit): Promise<EditOutcome> {
  const { id, version, completedOn, statusCheckedOn, ...fields } = input;
  return db.$transaction(async (tx) => {
    const read = () => tx.milestone.findUnique({ where: { id } });
    const stored = await readExisting(tx, "Milestone", id, read);
    await checkReferences(tx, {
      programId: stored.programId,
      sourceId: fields.sourceId,
      announcementId: fields.announcementId,
      otherSources: { completionSourceId: fields.completionSourceId },
    });
    // The shared milestone rule: a completed milestone needs a date it was done by.
    if (fields.status === "completed" && completedOn === null && stored.dueOn === null) {
      rejectField("completedOn", "Give the date it was completed.");
    }
    const { after } = await saveVersioned(tx, actor, {
      entityType: "Milestone",
      id,
      version,
      read,
      write: (t, where) =>
        t.milestone.updateMany({
          where,
          data: {
            ...fields,
            completedOn: optionalDayOf(completedOn),
            statusCheckedOn: optionalDayOf(statusCheckedOn),
            version: { increment: 1 },
          },
        }),
    });
    return programRecordOutcome(tx, "Milestone", after);
  });
}
