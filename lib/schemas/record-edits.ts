// Edits of existing records: the per-entity schema of a new record plus its id and loaded version.
// Fields that identify a record elsewhere (slugs in public URLs) or that only a dedicated action
// changes (publication, a milestone's due date, what a claim supersedes) are not editable here.
import { z } from "zod";
import { capacityClaimSchema } from "./capacity-claim";
import { capacityValueLimits, fundingAmountLimits } from "./claim-limits";
import { fundingClaimSchema } from "./funding-claim";
import { milestoneSchema } from "./milestone";
import { organizationSchema, participationSchema } from "./participation";
import { programSchema } from "./program";
import { recordRef } from "./record-ref";
import { sourceSchema } from "./source";

export const programEditSchema = programSchema.omit({ slug: true, publicationState: true }).extend(recordRef);

// Claims keep their refinements (shape, low ≤ high, canonical units); safeExtend preserves them.
export const fundingClaimEditSchema = fundingClaimSchema.safeExtend({ ...fundingAmountLimits, ...recordRef });
export const capacityClaimEditSchema = capacityClaimSchema.safeExtend({ ...capacityValueLimits, ...recordRef });

const m = milestoneSchema.shape;
export const milestoneEditSchema = z.object({
  ...recordRef,
  title: m.title,
  description: m.description,
  status: m.status,
  statusDetail: m.statusDetail,
  editorNote: m.editorNote,
  completedOn: m.completedOn,
  confidence: m.confidence,
  sourceId: m.sourceId,
  announcementId: m.announcementId,
});

export const participationEditSchema = participationSchema
  .pick({ sourceId: true, announcementId: true, role: true, roleDetail: true, contribution: true, confidence: true, notes: true, editorNote: true })
  .extend(recordRef);

export const organizationEditSchema = organizationSchema.omit({ slug: true }).extend(recordRef);

export const sourceEditSchema = sourceSchema.safeExtend(recordRef);

export type ProgramEdit = z.infer<typeof programEditSchema>;
export type FundingClaimEdit = z.infer<typeof fundingClaimEditSchema>;
export type CapacityClaimEdit = z.infer<typeof capacityClaimEditSchema>;
export type MilestoneEdit = z.infer<typeof milestoneEditSchema>;
export type ParticipationEdit = z.infer<typeof participationEditSchema>;
export type OrganizationEdit = z.infer<typeof organizationEditSchema>;
export type SourceEdit = z.infer<typeof sourceEditSchema>;
