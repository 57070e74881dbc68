// Move a milestone's due date. The new date is recorded as a MilestoneRevision with its source and
// reason, and becomes the milestone's current due date; earlier revisions stay, so the original
// date and the slippage remain visible. "N days after" an anchor date resolves to a day.
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import type { MilestoneReschedule } from "@/lib/schemas/corrections";
import type { Tx } from "@/lib/core/types";
import { addDays, fromIsoDay, toIsoDay } from "@/lib/core/dates";
import { optionalDayOf } from "./db-values";
import { programRecordOutcome, type EditOutcome } from "./outcome";
import { resolveProvenance } from "./create-provenance";
import { checkReferences } from "./references";
import { readExisting, saveVersioned } from "./versioned-save";

type Due = {
  dueOn: Date | null;
  duePrecision: MilestoneReschedule["duePrecision"];
  dueText: string | null;
  relativeDays: number | null;
  anchorOn: Date | null;
};

export function resolveNewDue(move: MilestoneReschedule): Due & { anchorLabel: string | null } {
  if (move.relativeDays === null) {
    return {
      dueOn: optionalDayOf(move.dueOn),
      duePrecision: move.duePrecision,
      dueText: move.dueText,
      relativeDays: null,
      anchorOn: null,
      anchorLabel: null,
    };
  }
  const anchorOn = optionalDayOf(move.anchorOn);
  // An anchor that is an undated event leaves the date unknown until the event has a date.
  const dueOn = anchorOn ? fromIsoDay(addDays(toIsoDay(anchorOn), move.relativeDays)) : null;
  return { dueOn, duePrecision: "day", dueText: move.dueText, relativeDays: move.relativeDays, anchorOn, anchorLabel: move.anchorLabel };
}

// Milestones recorded before revisions existed (or without one) get their current date kept as the
// first revision, so moving them never loses the original.
async function keepOriginal(tx: Tx, milestone: Due & { id: string; sourceId: string; announcementId: string | null }): Promise<void> {
  if ((await tx.milestoneRevision.count({ where: { milestoneId: milestone.id } })) > 0) return;
  const { id, sourceId, announcementId, dueOn, duePrecision, dueText, relativeDays, anchorOn } = milestone;
  await tx.milestoneRevision.create({
    data: {
      milestoneId: id,
      dueOn,
      duePrecision,
      dueText,
      relativeDays,
      anchorOn,
      sourceId,
      announcementId,
      reason: "Original due date, as first recorded.",
    },
  });
}

export async function rescheduleMilestone(db: PrismaClient, actor: Actor, input: MilestoneReschedule): Promise<EditOutcome> {
  const { id, version } = input;
  const due = resolveNewDue(input);
  return db.$transaction(async (tx) => {
    const read = () => tx.milestone.findUnique({ where: { id } });
    const stored = await readExisting(tx, "Milestone", id, read);
    const cites = await resolveProvenance(tx, actor, input, stored.programId);
    await checkReferences(tx, { programId: stored.programId, ...cites });
    const { after } = await saveVersioned(tx, actor, {
      entityType: "Milestone",
      id,
      version,
      action: "reschedule",
      read,
      auditAfter: (after) => ({ ...after, revision: { reason: input.reason, sourceId: cites.sourceId } }),
      write: async (t, where) => {
        const result = await t.milestone.updateMany({
          where,
          data: {
            ...due,
            anchorLabel: due.anchorLabel ?? (due.relativeDays === null ? null : stored.anchorLabel),
            version: { increment: 1 },
          },
        });
        // Only when the compare-and-set won: a refused move leaves no revision behind.
        if (result.count === 1) {
          await keepOriginal(t, stored);
          const { anchorLabel: _label, ...revision } = due;
          await t.milestoneRevision.create({
            data: { ...revision, milestoneId: id, reason: input.reason, ...cites },
          });
        }
        return result;
      },
    });
    return programRecordOutcome(tx, "Milestone", after);
  });
}
