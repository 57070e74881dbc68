// Edit a program's basics (not its slug, which is in public URLs, nor its publication state, which
// publishing changes).
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import type { ProgramEdit } from "@/lib/schemas/record-edits";
import type { Tx } from "@/lib/core/types";
import { dayOf, optionalDayOf } from "./db-values";
import { affectedFrom } from "@/lib/data/visible-from";
import type { EditOutcome } from "./outcome";
import { InvalidInputError } from "./invalid-input";
import { inPlace, saveVersioned } from "./versioned-save";

async function checkLead(tx: Tx, leadOrganizationId: string | null): Promise<void> {
  if (!leadOrganizationId) return;
  const lead = await tx.organization.findUnique({ where: { id: leadOrganizationId }, select: { deletedAt: true } });
  if (!lead || lead.deletedAt) throw new InvalidInputError({ leadOrganizationId: ["Choose an existing organisation."] });
}

export async function editProgram(db: PrismaClient, actor: Actor, input: ProgramEdit): Promise<EditOutcome> {
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    await checkLead(tx, fields.leadOrganizationId);
    const { before, after } = await saveVersioned(tx, actor, {
      entityType: "Program",
      id,
      version,
      ...inPlace((t) => t.program, id, {
        ...fields,
        statusAsOf: optionalDayOf(fields.statusAsOf),
        statusCheckedOn: optionalDayOf(fields.statusCheckedOn),
        announcedOn: dayOf(fields.announcedOn),
      }),
    });
    // Its name, status and the rest show in every past view where the program does.
    const changed = affectedFrom([{ program: before }, { program: after }]);
    return { entityType: "Program", id, version: after.version, affects: { programSlugs: [after.slug] }, affectedFrom: changed };
  });
}
