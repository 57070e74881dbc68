// A dated status change of the editing fixture's program (announced → active), for the tests of the
// status-history form and of soft delete.
import type { PrismaClient } from "../../lib/prisma-client";
import type { EditingFixture } from "./editing-records";

export function createStatusChange(db: PrismaClient, fixture: EditingFixture) {
  return db.programStatusChange.create({
    data: {
      programId: fixture.program.id,
      sourceId: fixture.source.id,
      fromStatus: "announced",
      status: "active",
      detail: "The program started.",
      effectiveOn: new Date("2025-06-01"),
      effectivePrecision: "month",
    },
  });
}
