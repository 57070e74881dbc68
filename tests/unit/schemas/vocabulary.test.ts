import { describe, expect, it } from "vitest";
import * as db from "../../../lib/generated/prisma/enums";
import * as vocabulary from "@/lib/core/vocabulary";

// Forms and the API validate against these lists; the database enforces its own enums. If the two
// drift apart, an editor could submit a value the database refuses (or never be offered a valid one).
const pairs = [
  ["programKinds", db.ProgramKind],
  ["programStatuses", db.ProgramStatus],
  ["publicationStates", db.PublicationState],
  ["organizationKinds", db.OrganizationKind],
  ["participationRoles", db.ParticipationRole],
  ["sourceKinds", db.SourceKind],
  ["sourceReliabilities", db.SourceReliability],
  ["confidences", db.Confidence],
  ["valueShapes", db.ValueShape],
  ["fundingKinds", db.FundingKind],
  ["capacityMetrics", db.CapacityMetric],
  ["capacityKinds", db.CapacityKind],
  ["computePrecisions", db.ComputePrecision],
  ["datePrecisions", db.DatePrecision],
  ["milestoneStatuses", db.MilestoneStatus],
] as const;

describe("shared vocabularies", () => {
  it.each(pairs)("%s matches the database enum", (name, prismaEnum) => {
    expect([...vocabulary[name]]).toEqual(Object.values(prismaEnum));
  });
});
