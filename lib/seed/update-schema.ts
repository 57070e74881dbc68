// The shape of prisma/seed-data/updates_2026.json: dated updates to the five programs, each with
// its sources and typed record changes that name programs.json records by label or title.
// Claim, milestone and partner changes use programs.json's own field names (so the same mappers
// read them), with `sourceIds` into the update's sources instead of the source objects.
import { z } from "zod";
import { milestoneFields, rawSourceSchema } from "./input-schema";

const sourceIds = z.array(z.string()).min(1);
const figure = {
  low: z.number().nullable(),
  high: z.number().nullable(),
  upTo: z.boolean(),
  asOf: z.string().nullable(),
  verification: z.string(),
};

const capacityFigure = z.object({
  ...figure,
  metric: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  scope: z.string().nullish(),
  basis: z.string().nullish(),
  notes: z.string().nullish(),
});

const fundingFigure = z.object({
  ...figure,
  label: z.string(),
  amount: z.number().nullable(),
  currency: z.string(),
  fundingKind: z.string(),
  period: z.object({ text: z.string().nullish(), start: z.string().nullish(), end: z.string().nullish() }).nullish(),
  scope: z.string().nullish(),
  notes: z.string().nullish(),
});

export const updateChangeSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("milestone_move"),
    milestone: z.string(),
    newDueDate: z.string(),
    datePrecision: z.string(),
    reason: z.string(),
    sourceIds,
  }),
  z.object({
    kind: z.literal("milestone_new"),
    ...milestoneFields,
    sourceIds,
  }),
  z.object({
    kind: z.literal("milestone_status"),
    milestone: z.string(),
    status: z.string(),
    completedDate: z.string().nullish(),
    evidence: z.string().nullish(),
    sourceIds,
  }),
  capacityFigure.extend({ kind: z.literal("capacity_claim"), sourceIds }),
  fundingFigure.extend({ kind: z.literal("funding_claim"), sourceIds }),
  z.object({
    kind: z.literal("partner_joined"),
    organisation: z.string(),
    organisationKind: z.string(),
    role: z.string(),
    date: z.string().nullish(),
    sourceIds,
  }),
  z.object({ kind: z.literal("partner_left"), organisation: z.string(), role: z.string(), date: z.string(), sourceIds }),
  z.object({ kind: z.literal("program_status"), status: z.string(), detail: z.string(), sourceIds }),
  z.object({ kind: z.literal("supersedes"), claim: z.string(), by: z.union([capacityFigure, fundingFigure]), sourceIds }),
]);

export const updateSchema = z.object({
  id: z.string().regex(/^U\d{4}-\d{3}$/),
  program: z.string(),
  date: z.string(),
  datePrecision: z.string(),
  headline: z.string(),
  sources: z.array(rawSourceSchema).min(1),
  changes: z.array(updateChangeSchema).min(1),
  // Reader-facing; the editor note stays out of every row readers see.
  publicNote: z.string().nullish(),
  editorNote: z.string().nullish(),
});

export const updatesFileSchema = z.object({ asOf: z.string(), updates: z.array(updateSchema) });

export type RawUpdate = z.infer<typeof updateSchema>;
export type RawUpdateChange = z.infer<typeof updateChangeSchema>;
export type UpdatesFile = z.infer<typeof updatesFileSchema>;
