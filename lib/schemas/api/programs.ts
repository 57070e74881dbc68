import { z } from "zod";
import { fundingKinds, programKinds, programStatuses } from "@/lib/core/vocabulary";
import { confidence, dayLabel, isoDay, moneyResponseSchema, sourceResponseSchema } from "./common";

const headlineFundingResponseSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    kind: z.enum(fundingKinds),
    confidence,
    asOf: isoDay.nullable(),
    asOfLabel: dayLabel.nullable(),
    money: moneyResponseSchema,
    source: sourceResponseSchema,
  })
  .meta({ id: "HeadlineFunding" });

export const programSummaryResponseSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    nameFr: z.string().nullable(),
    country: z.string(),
    region: z.string(),
    kind: z.enum(programKinds),
    status: z.enum(programStatuses),
    announcedOn: isoDay,
    summary: z.string(),
    headlineFunding: z.array(headlineFundingResponseSchema).meta({ description: "The program's headline money claims, newest first." }),
  })
  .meta({ id: "ProgramSummary" });

/** One page of /api/v1/programs (lib/api/programs-page.ts). */
export const programsPageResponseSchema = z.object({
  data: z.array(programSummaryResponseSchema),
  next: z.url().nullable().meta({ description: "The next page's address (the same parameters, a new cursor), or null on the last page." }),
});

export const programNameResponseSchema = z
  .object({ slug: z.string(), name: z.string() })
  .meta({ id: "ProgramName", description: "A program's slug and name (what a program picker lists)." });

export const programNamesResponseSchema = z.object({
  data: z.array(programNameResponseSchema),
  more: z.boolean().meta({ description: "Whether more programs match than those listed (a longer text narrows the search)." }),
});

export type HeadlineFundingDto = z.infer<typeof headlineFundingResponseSchema>;
/** A headline figure as drawn; the guided form's preview draws one before its kind and confidence are chosen. */
export type FundingFigureDto = Omit<HeadlineFundingDto, "kind" | "confidence"> & { kind: string; confidence: string };
export type ProgramSummaryDto = z.infer<typeof programSummaryResponseSchema>;
