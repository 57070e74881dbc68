// Correct a claim by superseding it: a new claim (the editor's form starts from the old one's
// values) that points at the old one, which stays in place and is shown as superseded. The new
// claim cites its own source. The old claim's version is bumped with a compare-and-set, so two
// editors correcting the same claim at once cannot both succeed.
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import type { CapacityClaimSupersede, FundingClaimSupersede } from "@/lib/schemas/corrections";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Tx } from "@/lib/core/types";
import { capacityColumns, fundingColumns } from "./claim-data";
import { assertVersionMatched, ConflictError } from "./conflict";
import { programRecordOutcome, type EditOutcome } from "./outcome";
import { hasPrismaCode } from "@/lib/core/prisma-errors";
import { resolveProvenance } from "./create-provenance";
import { checkReferences } from "./references";
import { rejectField, rejectForm } from "./reject";
import { readExisting } from "./versioned-save";

type Provenance = { sourceId: string; announcementId: string | null };

type OldClaim = { id: string; programId: string; sourceId: string; version: number; isHeadline: boolean; deletedAt: Date | null };

async function checkSupersedable(
  tx: Tx,
  old: OldClaim,
  input: { version: number; sourceId: string },
  model: "fundingClaim" | "capacityClaim",
) {
  if (old.version !== input.version) throw new ConflictError(model === "fundingClaim" ? "FundingClaim" : "CapacityClaim", old.id);
  if (old.deletedAt) rejectForm("This claim is deleted. Restore it before correcting it.");
  const where = { where: { supersedesId: old.id }, select: { id: true } } as const;
  const newer = model === "fundingClaim" ? await tx.fundingClaim.findUnique(where) : await tx.capacityClaim.findUnique(where);
  if (newer) {
    // A correction committed since `old` was read (two editors at once) is a conflict like any
    // other concurrent change; a claim corrected before the editor loaded the form is not.
    const byId = { where: { id: old.id }, select: { version: true } } as const;
    const now = model === "fundingClaim" ? await tx.fundingClaim.findUnique(byId) : await tx.capacityClaim.findUnique(byId);
    if (now?.version !== old.version) throw new ConflictError(model === "fundingClaim" ? "FundingClaim" : "CapacityClaim", old.id);
    rejectForm("This claim has already been corrected. Correct the newer claim instead.");
  }
  if (input.sourceId === old.sourceId) {
    rejectField("sourceId", "A correction cites the source that corrects it. To fix a typo in this claim, edit it instead.");
  }
}

/** Checks a correction and returns what it cites (a source typed on the spot is created here). */
function checkCorrection(actor: Actor, input: FundingClaimSupersede | CapacityClaimSupersede, model: "fundingClaim" | "capacityClaim") {
  return async (tx: Tx, old: OldClaim): Promise<Provenance> => {
    await checkSupersedable(tx, old, input, model);
    const cites = await resolveProvenance(tx, actor, input, old.programId);
    await checkReferences(tx, { programId: old.programId, ...cites, parent: { model, id: input.parentId, selfId: old.id } });
    return cites;
  };
}

// The old claim stops being the headline when its correction is; readers see one headline figure.
function oldClaimChange(old: OldClaim, newIsHeadline: boolean) {
  return { isHeadline: newIsHeadline ? false : old.isHeadline, version: { increment: 1 } };
}

async function supersede<Old extends OldClaim, New extends { id: string; programId: string }>(
  db: PrismaClient,
  actor: Actor,
  entityType: "FundingClaim" | "CapacityClaim",
  steps: {
    readOld: (tx: Tx) => Promise<Old | null>;
    // Checks the correction and returns what it cites (a source typed on the spot is created here).
    check: (tx: Tx, old: Old) => Promise<Provenance>;
    markOld: (tx: Tx, old: Old) => Promise<{ count: number }>;
    create: (tx: Tx, old: Old, cites: Provenance) => Promise<New>;
  },
  oldId: string,
): Promise<EditOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      const old = await readExisting(tx, entityType, oldId, steps.readOld);
      const cites = await steps.check(tx, old);
      assertVersionMatched((await steps.markOld(tx, old)).count, entityType, oldId);
      const created = await steps.create(tx, old, cites);
      const oldAfter = await steps.readOld(tx);
      // Both records' histories say what happened: the new one was created by the correction, the
      // old one was superseded by it.
      await recordAudit(tx, actor, { action: "supersede", entityType, entityId: created.id, before: old, after: created });
      await recordAudit(tx, actor, {
        action: "supersede",
        entityType,
        entityId: old.id,
        before: old,
        after: { ...oldAfter, supersededById: created.id },
      });
      return programRecordOutcome(tx, entityType, { ...created, version: 1 });
    });
  } catch (error) {
    // The unique supersedes_id lost a race with another correction of the same claim.
    if (hasPrismaCode(error, "P2002")) throw new ConflictError(entityType, oldId);
    throw error;
  }
}

export async function supersedeFundingClaim(db: PrismaClient, actor: Actor, input: FundingClaimSupersede): Promise<EditOutcome> {
  const oldId = input.supersedesId;
  return supersede(
    db,
    actor,
    "FundingClaim",
    {
      readOld: (tx) => tx.fundingClaim.findUnique({ where: { id: oldId } }),
      check: checkCorrection(actor, input, "fundingClaim"),
      markOld: (tx, old) =>
        tx.fundingClaim.updateMany({
          where: { id: old.id, version: old.version, deletedAt: null },
          data: oldClaimChange(old, input.isHeadline),
        }),
      create: (tx, old, cites) =>
        tx.fundingClaim.create({ data: { ...fundingColumns({ ...input, ...cites }), programId: old.programId, supersedesId: old.id } }),
    },
    oldId,
  );
}

export async function supersedeCapacityClaim(db: PrismaClient, actor: Actor, input: CapacityClaimSupersede): Promise<EditOutcome> {
  const oldId = input.supersedesId;
  return supersede(
    db,
    actor,
    "CapacityClaim",
    {
      readOld: (tx) => tx.capacityClaim.findUnique({ where: { id: oldId } }),
      check: checkCorrection(actor, input, "capacityClaim"),
      markOld: (tx, old) =>
        tx.capacityClaim.updateMany({
          where: { id: old.id, version: old.version, deletedAt: null },
          data: oldClaimChange(old, input.isHeadline),
        }),
      create: (tx, old, cites) =>
        tx.capacityClaim.create({ data: { ...capacityColumns({ ...input, ...cites }), programId: old.programId, supersedesId: old.id } }),
    },
    oldId,
  );
}
