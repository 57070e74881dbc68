// Edit a funding or capacity claim in place (a typo, a better quote). A figure that changed
// because the world changed is a correction instead: see supersede-claim.ts.
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import type { CapacityClaimEdit, FundingClaimEdit } from "@/lib/schemas/record-edits";
import { capacityColumns, claimEntityType, fundingColumns, type ClaimModel } from "./claim-data";
import { editProgramRow } from "./edit-program-row";
import type { EditOutcome } from "./outcome";
import { inPlace, type VersionedChange } from "./versioned-save";

type ClaimRow = {
  id: string;
  version: number;
  programId: string;
  deletedAt: Date | null;
  sourceId: string;
  announcementId: string | null;
  asOf: Date | null;
};

/** What differs between the two claim tables: the model, and how its row is read and written. */
type ClaimTable = {
  model: ClaimModel;
  read: VersionedChange<ClaimRow>["read"];
  write: VersionedChange<ClaimRow>["write"];
};

function editClaim(db: PrismaClient, actor: Actor, input: FundingClaimEdit | CapacityClaimEdit, table: ClaimTable): Promise<EditOutcome> {
  const { id, version } = input;
  const { read, write } = table;
  const entityType = claimEntityType(table.model);
  return db.$transaction((tx) =>
    editProgramRow(
      tx,
      actor,
      { entityType, id, version, read, write },
      {
        sourceId: input.sourceId,
        announcementId: input.announcementId,
        parent: { model: table.model, id: input.parentId, selfId: id },
      },
    ),
  );
}

export function editFundingClaim(db: PrismaClient, actor: Actor, input: FundingClaimEdit): Promise<EditOutcome> {
  return editClaim(db, actor, input, {
    model: "fundingClaim",
    ...inPlace((tx) => tx.fundingClaim, input.id, fundingColumns(input)),
  });
}

export function editCapacityClaim(db: PrismaClient, actor: Actor, input: CapacityClaimEdit): Promise<EditOutcome> {
  return editClaim(db, actor, input, {
    model: "capacityClaim",
    ...inPlace((tx) => tx.capacityClaim, input.id, capacityColumns(input)),
  });
}
