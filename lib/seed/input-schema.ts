// The shape of prisma/seed-data/programs.json and fx_rates.json, checked when the files are read so
// that the mappers work on typed data and a malformed research file fails loudly, not half-seeded.
// Keys the seed does not use (e.g. usdEquivalentAsReported) are dropped by zod.
import { z } from "zod";
import type { RawUpdate } from "./update-schema";

const webSource = z.object({
  id: z.string(),
  type: z.literal("web"),
  title: z.string(),
  url: z.string(),
  publisher: z.string(),
  published: z.string(),
  reliability: z.string(),
});

const seedSource = z.object({
  id: z.string(),
  type: z.literal("seed"),
  seedFile: z.string(),
  title: z.string(),
});

export const rawSourceSchema = z.discriminatedUnion("type", [webSource, seedSource]);
const sources = z.array(rawSourceSchema);

const period = z.object({
  text: z.string().nullish(),
  start: z.string().nullish(),
  end: z.string().nullish(),
});

// What a budget and a compute figure share: the range stated, when and how surely, and from where.
const statedFigure = z.object({
  low: z.number().nullable(),
  high: z.number().nullable(),
  upTo: z.boolean(),
  scope: z.string().nullish(),
  asOf: z.string().nullable(),
  verification: z.string(),
  sources,
  notes: z.string().nullish(),
});

const budget = statedFigure.extend({
  label: z.string(),
  amount: z.number().nullable(),
  currency: z.string(),
  period: period.nullish(),
  kind: z.string(),
});

const computeFigure = statedFigure.extend({
  metric: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  basis: z.string().nullish(),
});

/** A milestone's own fields, as programs.json and the updates' new milestones give them. */
export const milestoneFields = {
  title: z.string(),
  dueDate: z.string().nullable(),
  datePrecision: z.string(),
  relativeDeadline: z.object({ days: z.number().int().positive(), from: z.string() }).nullish(),
  status: z.string(),
  completedDate: z.string().nullable(),
};

const milestone = z.object({ ...milestoneFields, sources, statusDetail: z.string().nullish() });

const partner = z.object({
  organisation: z.string(),
  kind: z.string(),
  role: z.string(),
  sources,
  notes: z.string().nullish(),
});

const seedClaim = z.object({
  seedFile: z.string(),
  quoteFr: z.string(),
  translationEn: z.string(),
  verdict: z.string(),
  explanation: z.string(),
  sources,
});

export const rawProgramSchema = z.object({
  id: z.string(),
  names: z.object({ en: z.array(z.string()).min(1), fr: z.array(z.string()).min(1) }),
  country: z.string(),
  region: z.string(),
  leadOrganisation: z.object({ name: z.string(), kind: z.string(), details: z.string().nullish(), sources }),
  programType: z.string(),
  announcementDate: z.string(),
  announcementDateNote: z.string().nullish(),
  status: z.object({ value: z.string(), asOf: z.string(), detail: z.string(), sources }),
  description: z.string(),
  fundingNote: z.string().nullish(),
  budgets: z.array(budget),
  computeFigures: z.array(computeFigure),
  milestones: z.array(milestone),
  partners: z.array(partner),
  seedClaims: z.array(seedClaim),
  sources,
});

export const fxSourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  publisher: z.string(),
  published: z.string(),
  method: z.string().nullish(),
  note: z.string().nullish(),
});

const fxRate = z.object({
  currency: z.string(),
  year: z.number().int(),
  unitsPerUSD: z.number().nullable(),
  usdPerUnit: z.number().nullable(),
  series: z.string().nullable(),
  verification: z.string(),
  source: fxSourceSchema.nullable(),
  note: z.string().nullish(),
  alternates: z.array(z.object({ pegUnitsPerUSD: z.number().optional(), source: fxSourceSchema })).nullish(),
});

export const fxFileSchema = z.object({ sources: z.array(fxSourceSchema), rates: z.array(fxRate) });

export type RawSource = z.infer<typeof rawSourceSchema>;
export type RawWebSource = z.infer<typeof webSource>;
export type RawProgram = z.infer<typeof rawProgramSchema>;
export type RawBudget = z.infer<typeof budget>;
export type RawComputeFigure = z.infer<typeof computeFigure>;
export type RawMilestone = z.infer<typeof milestone>;
export type RawPartner = z.infer<typeof partner>;
export type RawSeedClaim = z.infer<typeof seedClaim>;
export type FxSource = z.infer<typeof fxSourceSchema>;
export type FxRate = z.infer<typeof fxRate>;
export type FxFile = z.infer<typeof fxFileSchema>;
// `updates`: the dated updates (updates_2026.json) entered after programs.json, in their order.
export type SeedInput = { programs: RawProgram[]; fx: FxFile; updates?: RawUpdate[] };
