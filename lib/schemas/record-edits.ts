// Edits of existing records: the per-entity schema of a new record plus its id and loaded version.
// Fields that identify a record elsewhere (slugs in public URLs) or that only a dedicated action
// changes (publication, a milestone's due date, what a claim supersedes) are not editable here.
import { z } from "zod";
import { capacityClaimSchema } from "./capacity-claim";
import { capacityValueLimits, fundingAmountLimits } from "./claim-limits";
import { fundingClaimSchema } from "./funding-claim";
import { optionalIsoDate, optionalUuid } from "./fields";
import { milestoneSchema } from "./milestone";
import { organizationSchema, participationSchema } from "./participation";
import { programSchema } from "./program";
import { recordRef } from "./record-ref";
import { sourceSchema } from "./source";

export const programEditSchema = programSchema
  .omit({ slug: true, publicationState: true })
  .extend({ ...recordRef, statusCheckedOn: optionalIsoDate });

// Claims keep their refinements (shape, low ≤ high, canonical units); safeExtend preserves them.
export const fundingClaimEditSchema = fundingClaimSchema.safeExtend({ ...fundingAmountLimits, ...recordRef });
export const capacityClaimEditSchema = capacityClaimSchema.safeExtend({ ...capacityValueLimits, ...recordRef });

const m = milestoneSchema.shape;
export const milestoneEditSchema = z
  .object({
    ...recordRef,
    title: m.title,
    description: m.description,
    status: m.status,
    statusDetail: m.statusDetail,
    editorNote: m.editorNote,
    completedOn: m.completedOn,
    completionSourceId: optionalUuid,
    statusCheckedOn: optionalIsoDate,
    confidence: m.confidence,
    sourceId: m.sourceId,
    announcementId: m.announcementId,
  })
  .superRefine((m, ctx) => {
    // "Missed" needs a source that says so; a passed deadline alone is "no report of completion".
    if (m.status === "missed" && m.completionSourceId === null) {
      ctx.addIssue({ code: "custom", path: ["completionSourceId"], message: "Choose the source that reports the deadline was missed." });
    }
    // A completion (or cancellation, or miss) cites its own source and date.
    if (m.completionSourceId !== null && m.completedOn === null) {
      ctx.addIssue({ code: "custom", path: ["completedOn"], message: "Give the date the source reports." });
    }
    if (m.completionSourceId !== null && !["completed", "cancelled", "missed"].includes(m.status)) {
      ctx.addIssue({
        code: "custom",
        path: ["completionSourceId"],
        message: "Only a completed, cancelled or missed milestone has a completion source.",
      });
    }
  });

export const participationEditSchema = participationSchema
  .pick({
    sourceId: true,
    announcementId: true,
    role: true,
    roleDetail: true,
    contribution: true,
    confidence: true,
    notes: true,
    editorNote: true,
  })
  .extend({ ...recordRef, joinedOn: optionalIsoDate, leftOn: optionalIsoDate, leftSourceId: optionalUuid })
  .superRefine((p, ctx) => {
    // A departure is a dated fact with its own source, like the joining.
    if (p.leftOn !== null && p.leftSourceId === null) {
      ctx.addIssue({ code: "custom", path: ["leftSourceId"], message: "Choose the source that reports the departure." });
    }
    if (p.leftSourceId !== null && p.leftOn === null) ctx.addIssue({ code: "custom", path: ["leftOn"], message: "Give the date it left." });
    if (p.joinedOn !== null && p.leftOn !== null && p.leftOn < p.joinedOn) {
      ctx.addIssue({ code: "custom", path: ["leftOn"], message: "It cannot leave before it joined." });
    }
  });

export const organizationEditSchema = organizationSchema.omit({ slug: true }).extend(recordRef);

export const sourceEditSchema = sourceSchema.safeExtend(recordRef);

export type ProgramEdit = z.infer<typeof programEditSchema>;
export type FundingClaimEdit = z.infer<typeof fundingClaimEditSchema>;
export type CapacityClaimEdit = z.infer<typeof capacityClaimEditSchema>;
export type MilestoneEdit = z.infer<typeof milestoneEditSchema>;
export type ParticipationEdit = z.infer<typeof participationEditSchema>;
export type OrganizationEdit = z.infer<typeof organizationEditSchema>;
export type SourceEdit = z.infer<typeof sourceEditSchema>;
