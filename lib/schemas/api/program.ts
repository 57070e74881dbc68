import { z } from "zod";
import { claimScopes, organizationKinds, participationRoles, programStatuses } from "@/lib/core/vocabulary";
import { confidence, dayLabel, isoDay, shape, sourceResponseSchema } from "./common";

/**
 * What every claim of a program answers with, whatever its kind; /compare's claims pick from it too (compare.ts).
 * Each kind's own fields, and the mapper that fills them, are in lib/data/claim-dto.ts.
 */
export const claimBaseResponseSchema = z.object({
  id: z.string(),
  label: z.string(),
  shape,
  confidence,
  confidenceNote: z.string().nullable(),
  asOf: isoDay.nullable().meta({ description: "The day the figure refers to." }),
  asOfLabel: dayLabel.nullable(),
  scope: z.string().nullable(),
  quote: z.string().nullable().meta({ description: "The source's own words." }),
  notes: z.string().nullable(),
  isHeadline: z.boolean(),
  parentId: z.string().nullable().meta({ description: 'The claim this one is part of ("of which"); never added to it.' }),
  supersedesId: z.string().nullable(),
  supersededById: z.string().nullable().meta({ description: "The newer claim that replaces this one, if any." }),
  claimScope: z.enum(claimScopes).meta({
    description: "own: the program's figure; related: context beside it, never drawn, totalled or compared as the program's.",
  }),
  withdrawnOn: isoDay.nullable().meta({ description: "The day the claim was withdrawn; kept on record, never drawn as current." }),
  withdrawnNote: z.string().nullable(),
  source: sourceResponseSchema,
  announcement: z.object({ id: z.string(), title: z.string(), announcedOn: isoDay }).nullable(),
});

export const partnerResponseSchema = z.object({
  id: z.string(),
  roleDetail: z.string().nullable(),
  contribution: z.string().nullable(),
  confidence,
  notes: z.string().nullable(),
  organization: z.object({ slug: z.string(), name: z.string(), kind: z.enum(organizationKinds), country: z.string().nullable() }),
  source: sourceResponseSchema,
  joinedOn: isoDay.nullable().meta({ description: "When it joined, per `source`." }),
  leftOn: isoDay.nullable().meta({ description: "When it left (known on the view's day), per `leftSource`." }),
  leftSource: sourceResponseSchema.nullable(),
});

export const partnerRoleGroupSchema = z.object({
  role: z.enum(participationRoles),
  label: z.string(),
  partners: z.array(partnerResponseSchema),
});

export const statusChangeResponseSchema = z
  .object({
    id: z.string(),
    fromStatus: z.enum(programStatuses).nullable(),
    status: z.enum(programStatuses),
    detail: z.string().nullable(),
    on: isoDay.meta({ description: "The first day of the period the source dates it to." }),
    label: z.string().meta({ description: 'The date as the source gives it ("Mar 2026" for a month).' }),
    source: sourceResponseSchema,
  })
  .meta({ id: "ProgramStatusChange", description: "A dated status transition with its source." });

export const programSourceResponseSchema = sourceResponseSchema
  .extend({
    funding: z.number().int(),
    capacity: z.number().int(),
    milestones: z.number().int(),
    partners: z.number().int(),
    announcements: z.number().int(),
  })
  .meta({ id: "ProgramSource", description: "A source and how many of the program's records it backs." });

export type PartnerDto = z.infer<typeof partnerResponseSchema>;
export type PartnerRoleGroup = z.infer<typeof partnerRoleGroupSchema>;
export type StatusChangeDto = z.infer<typeof statusChangeResponseSchema>;
export type ProgramSourceDto = z.infer<typeof programSourceResponseSchema>;
