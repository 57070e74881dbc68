// Shapes shared by the API's responses (`*ResponseSchema`). Each one is the one definition of a DTO:
// lib/data builds values of its z.infer type, the OpenAPI document is derived from it, and
// tests/integration/api-contract.test.ts validates real responses against that document.
import { z } from "zod";
import { confidences, datePrecisions, milestoneStatuses, sourceReliabilities, valueShapes } from "@/lib/core/vocabulary";

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: "A day, YYYY-MM-DD.", example: "2025-01-21" });
export const dayLabel = z.string().meta({ description: 'The date as readers see it, at its precision ("March 2025", "Q3 2026").' });
export const confidence = z.enum(confidences);
export const shape = z.enum(valueShapes);
export const programRef = z.object({ slug: z.string(), name: z.string() }).meta({ id: "ProgramRef" });

export const sourceResponseSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    url: z.string().nullable(),
    publishedOn: isoDay.nullable(),
    publishedLabel: dayLabel.nullable(),
    reliability: z.enum(sourceReliabilities),
  })
  .meta({ id: "Source", description: "The source a figure or record comes from." });

const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({ description: "A decimal number as text (money is never a float)." });

export const moneyFigureResponseSchema = z
  .object({ shape, amount: decimal.nullable(), low: decimal.nullable(), high: decimal.nullable(), currency: z.string() })
  .meta({ id: "MoneyFigure", description: "A figure as stated: exact/approximate/at_least/up_to use amount; a range uses low and high." });

export const moneyResponseSchema = z
  .object({
    figure: moneyFigureResponseSchema,
    text: z.string().meta({ description: "The figure as written for readers, in its own currency." }),
    usd: z
      .union([
        z.object({
          ok: z.literal(true),
          figure: moneyFigureResponseSchema,
          text: z.string(),
          sentence: z.string().nullable(),
          rateYear: z.number().int().nullable(),
        }),
        z.object({ ok: z.literal(false), message: z.string() }),
      ])
      .meta({
        description: "In US dollars at the reference rate of the claim's year, with the sentence saying so; or why it cannot be converted.",
      }),
  })
  .meta({ id: "Money" });

export const dueResponseSchema = z
  .object({
    on: isoDay,
    precision: z.enum(datePrecisions),
    deadline: isoDay.meta({ description: "The last day the deadline allows (the end of its period)." }),
    label: z.string(),
  })
  .meta({ id: "DueDate" });

export const milestoneResponseSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    program: programRef,
    due: dueResponseSchema.nullable(),
    dueUnknownReason: z.string().nullable(),
    relative: z.object({ days: z.number().int(), anchorOn: isoDay.nullable(), anchorLabel: z.string().nullable() }).nullable(),
    original: dueResponseSchema.nullable().meta({ description: "The first due date, when the date slipped." }),
    slippage: z.object({ days: z.number().int(), months: z.number().int(), text: z.string() }).nullable(),
    status: z.enum(milestoneStatuses),
    statusDetail: z.string().nullable(),
    completedOn: isoDay
      .nullable()
      .meta({ description: "The day it was completed, cancelled or missed, as its completion source reports." }),
    completedLabel: z.string().nullable().meta({ description: 'completedOn as precise as its source ("Mar 2026").' }),
    completedLateByDays: z.number().int().nullable(),
    completionSource: sourceResponseSchema.nullable().meta({ description: "Who reports the completion, cancellation or miss." }),
    statusCheckedOn: isoDay.nullable().meta({
      description: "The day we last looked for news of it; an open milestone past its deadline has no report of completion by then.",
    }),
    overdue: z.boolean(),
    daysUntilDue: z.number().int().nullable(),
    confidence,
    source: sourceResponseSchema,
    movedBy: sourceResponseSchema.nullable().meta({ description: "The source of the latest due-date change, when the date slipped." }),
  })
  .meta({ id: "Milestone", description: "A milestone as readers see it on the view's day." });

// The shapes in which records travel, on pages and in the API: each type is its schema's, so the page,
// the OpenAPI document and the contract test cannot drift apart.
/** The shape in which a source travels with every figure. */
export type SourceDto = z.infer<typeof sourceResponseSchema>;
export type MoneyDto = z.infer<typeof moneyResponseSchema>;
/** In US dollars, or why not; rateYear is null when no rate was needed (stated in US dollars, or no number). */
export type ConvertedMoney = MoneyDto["usd"];
export type DueDto = z.infer<typeof dueResponseSchema>;
export type MilestoneDto = z.infer<typeof milestoneResponseSchema>;

export const errorCodes = [
  "not_found",
  "bad_request",
  "service_unavailable",
  "rate_limited",
  "method_not_allowed",
  "not_implemented",
] as const;

export const errorResponseSchema = z
  .object({ error: z.object({ code: z.enum(errorCodes), message: z.string() }) })
  .meta({ id: "Error", description: "Every error of the API, whatever the status." });

/** `{ data: … }`, the envelope of every JSON answer. */
export function envelope<T extends z.ZodType>(data: T) {
  return z.object({ data });
}
