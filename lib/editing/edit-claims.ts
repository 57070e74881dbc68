// Edit a funding or capacity claim in place (a typo, a better quote). A figure that changed
// because the world changed is a correction instead: see supersede-claim.ts.
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import type { CapacityClaimEdit, FundingClaimEdit } from "@/lib/schemas/record-edits";
import { capacityColumns, fundingColumns } from "./claim-data";
import { programSlugOf, type EditOutcome } from "./outcome";
import { checkReferences } from "./references";
import { readExisting, saveVersioned } from "./versioned-save";

export async function editFundingClaim(db: PrismaClient, actor: Actor, input: FundingClaimEdit): Promise<EditOutcome> {
  const { id, version } = input;
  return db.$transaction(async (tx) => {
    const read = () => tx.fundingClaim.findUnique({ where: { id } });
    const stored = await readExisting(tx, "FundingClaim", id, read);
    await checkReferences(tx, {
      programId: stored.programId,
      sourceId: input.sourceId,
      announcementId: input.announcementId,
      parent: { model: "fundingClaim", id: input.parentId, selfId: id },
    });
    const { after } = await saveVersioned(tx, actor, {
      entityType: "FundingClaim",
      id,
      version,
      read,
      write: (t, where) => t.fundingClaim.updateMany({ where, data: { ...fundingColumns(input), version: { increment: 1 } } }),
    });
    return { entityType: "FundingClaim", id, version: after.version, affects: await programSlugOf(tx, after.programId) };
  });
}

export async function editCapacityClaim(db: PrismaClient, actor: Actor, input: CapacityClaimEdit): Promise<EditOutcome> {
  const { id, version } = input;
  return db.$transaction(async (tx) => {
    const read = () => tx.capacityClaim.findUnique({ where: { id } });
    const stored = await readExisting(tx, "CapacityClaim", id, read);
    await checkReferences(tx, {
      programId: stored.programId,
      sourceId: input.sourceId,
      announcementId: input.announcementId,
      parent: { model: "capacityClaim", id: input.parentId, selfId: id },
    });
    const { after } = await saveVersioned(tx, actor, {
      entityType: "CapacityClaim",
      id,
      version,
      read,
      write: (t, where) => t.capacityClaim.updateMany({ where, data: { ...capacityColumns(input), version: { increment: 1 } } }),
    });
    return { entityType: "CapacityClaim", id, version: after.version, affects: await programSlugOf(tx, after.programId) };
  });
}
