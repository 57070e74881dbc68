import { z } from "zod";
import {
  capacityKinds,
  capacityMetrics,
  claimScopes,
  fundingKinds,
  organizationKinds,
  participationRoles,
  programKinds,
  programStatuses,
} from "@/lib/core/vocabulary";
import {
  confidence,
  dayLabel,
  isoDay,
  milestoneResponseSchema,
  moneyResponseSchema,
  programRef,
  shape,
  sourceResponseSchema,
} from "./common";

/** What every claim of a program answers with, whatever its kind; /compare's claims pick from it too (compare.ts). */
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

export const fundingClaimResponseSchema = claimBaseResponseSchema
  .extend({
    kind: z.enum(fundingKinds),
    money: moneyResponseSchema,
    periodText: z.string().nullable(),
    statedConversion: z.object({ text: z.string(), source: sourceResponseSchema }).nullable().meta({
      description: "The source's own conversion of the figure, shown beside ours: the two differ by the rate and day each used.",
    }),
  })
  .meta({ id: "FundingClaim" });

export const capacityClaimResponseSchema = claimBaseResponseSchema
  .extend({
    kind: z.enum(capacityKinds),
    metric: z.enum(capacityMetrics),
    unit: z.string(),
    unitDetail: z.string().nullable(),
    precision: z.string().nullable(),
    precisionLabel: z.string().nullable(),
    value: z.object({ value: z.number().nullable(), low: z.number().nullable(), high: z.number().nullable() }),
    text: z.string(),
  })
  .meta({ id: "CapacityClaim" });

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

const programSourceResponseSchema = sourceResponseSchema
  .extend({
    funding: z.number().int(),
    capacity: z.number().int(),
    milestones: z.number().int(),
    partners: z.number().int(),
    announcements: z.number().int(),
  })
  .meta({ id: "ProgramSource", description: "A source and how many of the program's records it backs." });

export const programDetailResponseSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    nameFr: z.string().nullable(),
    aliases: z.array(z.string()),
    country: z.string(),
    region: z.string(),
    kind: z.enum(programKinds),
    status: z.enum(programStatuses),
    statusDetail: z.string().nullable(),
    statusAsOf: dayLabel.nullable(),
    statusCheckedOn: isoDay.nullable().meta({ description: "The day we last looked for news of the status (live view only)." }),
    statusHistory: z.array(statusChangeResponseSchema).meta({ description: "Status transitions known on the view's day, oldest first." }),
    announcedOn: isoDay,
    summary: z.string(),
    website: z.string().nullable(),
    lead: programRef.nullable().meta({ description: "The lead organisation (slug and name)." }),
    leadDescription: z.string().nullable(),
    today: isoDay.meta({ description: "The day the view is judged on (the asOf day, or today)." }),
    funding: z
      .array(fundingClaimResponseSchema)
      .meta({ description: "Every current funding claim, headline first; parts follow their parent." }),
    capacity: z.array(capacityClaimResponseSchema).meta({ description: "Every current capacity claim, grouped by metric." }),
    milestones: z.array(milestoneResponseSchema),
    partners: z.array(z.object({ role: z.enum(participationRoles), label: z.string(), partners: z.array(partnerResponseSchema) })),
    announcements: z.array(
      z.object({ id: z.string(), title: z.string(), summary: z.string().nullable(), announcedOn: isoDay, source: sourceResponseSchema }),
    ),
    sources: z.array(programSourceResponseSchema),
  })
  .meta({ id: "ProgramDetail" });

export type ProgramDetailResponse = z.infer<typeof programDetailResponseSchema>;
// The page holds claims in trees (lib/data/claim-tree.ts) and adds supersededById to each node; the API
// flattens the trees and writes it on the claim (lib/api/program-detail.ts).
export type FundingClaimDto = Omit<z.infer<typeof fundingClaimResponseSchema>, "supersededById">;
export type CapacityClaimDto = Omit<z.infer<typeof capacityClaimResponseSchema>, "supersededById">;
/** What every claim has, whatever its kind. */
export type ClaimBaseDto = FundingClaimDto | CapacityClaimDto;
export type PartnerDto = z.infer<typeof partnerResponseSchema>;
export type PartnerRoleGroup = ProgramDetailResponse["partners"][number];
export type StatusChangeDto = z.infer<typeof statusChangeResponseSchema>;
export type ProgramSourceDto = z.infer<typeof programSourceResponseSchema>;
