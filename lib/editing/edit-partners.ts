// Edit who takes part: a participation's role and contribution, and an organisation's details
// (not its slug, which is in public URLs).
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import type { OrganizationEdit, ParticipationEdit } from "@/lib/schemas/record-edits";
import { optionalDayOf } from "./db-values";
import { programRecordOutcome, type EditOutcome } from "./outcome";
import { hasPrismaCode } from "@/lib/core/prisma-errors";
import { checkReferences } from "./references";
import { rejectField } from "./reject";
import { readExisting, saveVersioned } from "./versioned-save";

export async function editParticipation(db: PrismaClient, actor: Actor, input: ParticipationEdit): Promise<EditOutcome> {
  const { id, version, joinedOn, leftOn, ...fields } = input;
  try {
    return await db.$transaction(async (tx) => {
      const read = () => tx.participation.findUnique({ where: { id } });
      const stored = await readExisting(tx, "Participation", id, read);
      await checkReferences(tx, {
        programId: stored.programId,
        sourceId: fields.sourceId,
        announcementId: fields.announcementId,
        otherSources: { leftSourceId: fields.leftSourceId },
      });
      const { after } = await saveVersioned(tx, actor, {
        entityType: "Participation",
        id,
        version,
        read,
        write: (t, where) =>
          t.participation.updateMany({
            where,
            data: { ...fields, joinedOn: optionalDayOf(joinedOn), leftOn: optionalDayOf(leftOn), version: { increment: 1 } },
          }),
      });
      return programRecordOutcome(tx, "Participation", after);
    });
  } catch (error) {
    // One row per program, organisation and role: the same partner in the same role twice is refused.
    if (hasPrismaCode(error, "P2002")) rejectField("role", "This organisation already has this role in the program.");
    throw error;
  }
}

export async function editOrganization(db: PrismaClient, actor: Actor, input: OrganizationEdit): Promise<EditOutcome> {
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    const read = () => tx.organization.findUnique({ where: { id } });
    const { after } = await saveVersioned(tx, actor, {
      entityType: "Organization",
      id,
      version,
      read,
      write: (t, where) => t.organization.updateMany({ where, data: { ...fields, version: { increment: 1 } } }),
    });
    return { entityType: "Organization", id, version: after.version, affects: "all" };
  });
}
