// Correct a claim by superseding it: a new claim (the editor's form starts from the old one's
// values) that points at the old one, which stays in place and is shown as superseded. The new
// claim cites its own source. The old claim's version is bumped with a compare-and-set, so two
// editors correcting the same claim at once cannot both succeed.
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import type { CapacityClaimSupersede, FundingClaimSupersede } from "@/lib/schemas/corrections";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Tx } from "@/lib/core/types";
import { capacityColumns, claimEntityType, fundingColumns, type ClaimModel } from "./claim-data";
import { assertVersionMatched, ConflictError } from "./conflict";
import { childrenAffectedFrom, type ProgramRow } from "./affected-from";
import { programSlugOf, type EditOutcome } from "./outcome";
import { hasPrismaCode } from "@/lib/core/prisma-errors";
import { resolveProvenance } from "./create-provenance";
import { checkReferences } from "./references";
import { rejectField, rejectForm } from "./reject";
import { readExisting } from "./versioned-save";

type Provenance = { sourceId: string; announcementId: string | null };

type OldClaim = ProgramRow & {
  id: string;
  programId: string;
  sourceId: string;
  version: number;
  isHeadline: boolean;
  deletedAt: Date | null;
};

/** What differs between the two claim tables: how a row is read, how the old claim is marked, how the new one is written. */
type ClaimTable<Old extends OldClaim, New extends ProgramRow & { id: string }> = {
  read: (tx: Tx, where: { id: string } | { supersedesId: string }) => Promise<Old | null>;
  markOld: (
    tx: Tx,
    change: { where: { id: string; version: number; deletedAt: null }; data: ReturnType<typeof oldClaimChange> },
  ) => Promise<{ count: number }>;
  create: (tx: Tx, cites: Provenance, link: { programId: string; supersedesId: string }) => Promise<New>;
};

async function checkSupersedable(
  tx: Tx,
  old: OldClaim,
  input: { version: number; sourceId: string },
  model: ClaimModel,
  table: ClaimTable<OldClaim, ProgramRow & { id: string }>,
) {
  if (old.version !== input.version) throw new ConflictError(claimEntityType(model), old.id);
  if (old.deletedAt) rejectForm("This claim is deleted. Restore it before correcting it.");
  if (await table.read(tx, { supersedesId: old.id })) {
    // A correction committed since `old` was read (two editors at once) is a conflict like any
    // other concurrent change; a claim corrected before the editor loaded the form is not.
    const now = await table.read(tx, { id: old.id });
    if (now?.version !== old.version) throw new ConflictError(claimEntityType(model), old.id);
    rejectForm("This claim has already been corrected. Correct the newer claim instead.");
  }
  if (input.sourceId === old.sourceId) {
    rejectField("sourceId", "A correction cites the source that corrects it. To fix a typo in this claim, edit it instead.");
  }
}

// The old claim stops being the headline when its correction is; readers see one headline figure.
function oldClaimChange(old: OldClaim, newIsHeadline: boolean) {
  return { isHeadline: newIsHeadline ? false : old.isHeadline, version: { increment: 1 } };
}

async function supersede<Old extends OldClaim, New extends ProgramRow & { id: string }>(
  db: PrismaClient,
  actor: Actor,
  input: FundingClaimSupersede | CapacityClaimSupersede,
  model: ClaimModel,
  table: ClaimTable<Old, New>,
): Promise<EditOutcome> {
  const entityType = claimEntityType(model);
  const oldId = input.supersedesId;
  try {
    return await db.$transaction(async (tx) => {
      const old = await readExisting(tx, entityType, oldId, (t) => table.read(t, { id: oldId }));
      await checkSupersedable(tx, old, input, model, table);
      // What the correction cites (a source typed on the spot is created here).
      const cites = await resolveProvenance(tx, actor, input, old.programId);
      await checkReferences(tx, { programId: old.programId, ...cites, parent: { model, id: input.parentId, selfId: old.id } });
      const where = { id: old.id, version: old.version, deletedAt: null };
      assertVersionMatched((await table.markOld(tx, { where, data: oldClaimChange(old, input.isHeadline) })).count, entityType, oldId);
      const created = await table.create(tx, cites, { programId: old.programId, supersedesId: old.id });
      const oldAfter = await table.read(tx, { id: oldId });
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
      return {
        entityType,
        id: created.id,
        version: 1,
        affects: await programSlugOf(tx, created.programId),
        // The old claim shows as superseded (and may lose the headline) wherever it shows.
        affectedFrom: await childrenAffectedFrom(tx, [old, created]),
      };
    });
  } catch (error) {
    // The unique supersedes_id lost a race with another correction of the same claim.
    if (hasPrismaCode(error, "P2002")) throw new ConflictError(entityType, oldId);
    throw error;
  }
}

export function supersedeFundingClaim(db: PrismaClient, actor: Actor, input: FundingClaimSupersede): Promise<EditOutcome> {
  return supersede(db, actor, input, "fundingClaim", {
    read: (tx, where) => tx.fundingClaim.findUnique({ where }),
    markOld: (tx, change) => tx.fundingClaim.updateMany(change),
    create: (tx, cites, link) => tx.fundingClaim.create({ data: { ...fundingColumns({ ...input, ...cites }), ...link } }),
  });
}

export function supersedeCapacityClaim(db: PrismaClient, actor: Actor, input: CapacityClaimSupersede): Promise<EditOutcome> {
  return supersede(db, actor, input, "capacityClaim", {
    read: (tx, where) => tx.capacityClaim.findUnique({ where }),
    markOld: (tx, change) => tx.capacityClaim.updateMany(change),
    create: (tx, cites, link) => tx.capacityClaim.create({ data: { ...capacityColumns({ ...input, ...cites }), ...link } }),
  });
}
