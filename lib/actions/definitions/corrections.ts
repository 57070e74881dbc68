// Corrections that keep history: supersede a claim, move a milestone's due date. Editors and admins.
import { prisma } from "@/lib/db";
import { rescheduleMilestone } from "@/lib/editing/reschedule-milestone";
import { supersedeCapacityClaim, supersedeFundingClaim } from "@/lib/editing/supersede-claim";
import { capacityClaimSupersedeSchema, fundingClaimSupersedeSchema, milestoneRescheduleSchema } from "@/lib/schemas/corrections";
import { defineAction } from "../define-action";

export const supersedeFundingClaimAction = defineAction({
  name: "fundingClaim.supersede",
  role: "editor",
  schema: fundingClaimSupersedeSchema,
  run: (actor, input) => supersedeFundingClaim(prisma(), actor, input),
});

export const supersedeCapacityClaimAction = defineAction({
  name: "capacityClaim.supersede",
  role: "editor",
  schema: capacityClaimSupersedeSchema,
  run: (actor, input) => supersedeCapacityClaim(prisma(), actor, input),
});

export const rescheduleMilestoneAction = defineAction({
  name: "milestone.reschedule",
  role: "editor",
  schema: milestoneRescheduleSchema,
  run: (actor, input) => rescheduleMilestone(prisma(), actor, input),
});
