// Edits of existing records, each version-checked and audited (lib/editing). Editors and admins.
import { prisma } from "@/lib/db";
import { editCapacityClaim, editFundingClaim } from "@/lib/editing/edit-claims";
import { editMilestone } from "@/lib/editing/edit-milestone";
import { editOrganization, editParticipation } from "@/lib/editing/edit-partners";
import { editProgram } from "@/lib/editing/edit-program";
import { editSource } from "@/lib/editing/edit-source";
import {
  capacityClaimEditSchema,
  fundingClaimEditSchema,
  milestoneEditSchema,
  organizationEditSchema,
  participationEditSchema,
  programEditSchema,
  sourceEditSchema,
} from "@/lib/schemas/record-edits";
import { defineAction } from "../define-action";

export const editProgramAction = defineAction({
  name: "program.edit",
  role: "editor",
  schema: programEditSchema,
  run: (actor, input) => editProgram(prisma(), actor, input),
});

export const editFundingClaimAction = defineAction({
  name: "fundingClaim.edit",
  role: "editor",
  schema: fundingClaimEditSchema,
  run: (actor, input) => editFundingClaim(prisma(), actor, input),
});

export const editCapacityClaimAction = defineAction({
  name: "capacityClaim.edit",
  role: "editor",
  schema: capacityClaimEditSchema,
  run: (actor, input) => editCapacityClaim(prisma(), actor, input),
});

export const editMilestoneAction = defineAction({
  name: "milestone.edit",
  role: "editor",
  schema: milestoneEditSchema,
  run: (actor, input) => editMilestone(prisma(), actor, input),
});

export const editParticipationAction = defineAction({
  name: "participation.edit",
  role: "editor",
  schema: participationEditSchema,
  run: (actor, input) => editParticipation(prisma(), actor, input),
});

export const editOrganizationAction = defineAction({
  name: "organization.edit",
  role: "editor",
  schema: organizationEditSchema,
  run: (actor, input) => editOrganization(prisma(), actor, input),
});

export const editSourceAction = defineAction({
  name: "source.edit",
  role: "editor",
  schema: sourceEditSchema,
  run: (actor, input) => editSource(prisma(), actor, input),
});
