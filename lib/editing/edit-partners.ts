// Edit who takes part: a participation's role and contribution, and an organisation's details
// (not its slug, which is in public URLs).
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import type { OrganizationEdit, ParticipationEdit } from "@/lib/schemas/record-edits";
import { optionalDayOf } from "./db-values";
import { editProgramRow } from "./edit-program-row";
import type { EditOutcome } from "./outcome";
import { hasPrismaCode } from "@/lib/core/prisma-errors";
import { rejectField } from "./reject";
import { inPlace, saveVersioned } from "./versioned-save";

export async function editParticipation(db: PrismaClient, actor: Actor, input: ParticipationEdit): Promise<EditOutcome> {
  const { id, version, joinedOn, leftOn, ...fields } = input;
  try {
    return await db.$transaction((tx) =>
      editProgramRow(
        tx,
        actor,
        {
          entityType: "Participation",
          id,
          version,
          ...inPlace((t) => t.participation, id, { ...fields, joinedOn: optionalDayOf(joinedOn), leftOn: optionalDayOf(leftOn) }),
        },
        { sourceId: fields.sourceId, announcementId: fields.announcementId, otherSources: { leftSourceId: fields.leftSourceId } },
      ),
    );
  } catch (error) {
    // One row per program, organisation and role: the same partner in the same role twice is refused.
    if (hasPrismaCode(error, "P2002")) rejectField("role", "This organisation already has this role in the program.");
    throw error;
  }
}

export async function editOrganization(db: PrismaClient, actor: Actor, input: OrganizationEdit): Promise<EditOutcome> {
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    const { after } = await saveVersioned(tx, actor, {
      entityType: "Organization",
      id,
      version,
      ...inPlace((t) => t.organization, id, fields),
    });
    // Its name shows wherever it takes part, on any day: every past view may change.
    return { entityType: "Organization", id, version: after.version, affects: "all", affectedFrom: null };
  });
}
