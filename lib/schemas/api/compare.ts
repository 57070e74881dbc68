import { z } from "zod";
import { capacityKinds, fundingKinds } from "@/lib/core/vocabulary";
import { compareClaimSets, compareCurrencies, compareMetrics, compareScales } from "@/lib/dashboard/compare-params";
import { confidence, dayLabel, isoDay, shape, sourceResponseSchema } from "./common";
import { claimBaseResponseSchema } from "./program";

// The claims /compare draws (lib/data/compare-claims.ts), before they become rows: a program claim's
// fields less the texts only its page shows, with its program named, and the figure as decimal text
// (a float would round large amounts).
const pageOnly = { confidenceNote: true, scope: true, quote: true, notes: true, claimScope: true } as const;
const compareClaimBase = claimBaseResponseSchema
  .omit({ ...pageOnly, supersededById: true, withdrawnOn: true, withdrawnNote: true, announcement: true })
  .extend({ programSlug: z.string(), programName: z.string(), kind: z.string() });
const decimalText = z.string().nullable();

export const compareFundingClaimSchema = compareClaimBase.extend({
  type: z.literal("funding"),
  amount: decimalText,
  low: decimalText,
  high: decimalText,
  currency: z.string(),
});

export const compareCapacityClaimSchema = compareClaimBase.extend({
  type: z.literal("capacity"),
  metric: z.string(),
  unit: z.string(),
  precision: z.string().nullable(),
  value: decimalText,
  low: decimalText,
  high: decimalText,
});

/**
 * The fields a row copies from its claim as they are, after its id (lib/charts/compare-chart.ts); a
 * field only one kind of claim has is null on the other kind's rows.
 */
export const compareRowClaimKeys = [
  "programSlug",
  "programName",
  "label",
  "kind",
  "confidence",
  "shape",
  "isHeadline",
  "asOf",
  "asOfLabel",
  "source",
] as const satisfies readonly (keyof CompareRowDto)[];

export const compareRowResponseSchema = z
  .object({
    id: z.string().meta({ description: "The claim's id." }),
    n: z.number().int().meta({ description: "Footnote number, in display order." }),
    panel: z.string(),
    programSlug: z.string(),
    programName: z.string(),
    label: z.string(),
    kind: z.string(),
    confidence,
    shape,
    isHeadline: z.boolean(),
    value: z
      .object({ low: z.number(), high: z.number() })
      .nullable()
      .meta({ description: "The figure on the panel's axis (low = high for a point); null when not drawn." }),
    text: z.string().meta({ description: "The figure as drawn." }),
    original: z.string().meta({ description: "The figure as the source stated it." }),
    stated: z
      .object({ low: z.string().nullable(), high: z.string().nullable(), unit: z.string().nullable(), currency: z.string().nullable() })
      .meta({
        description:
          "The figure as the source stated it, before any conversion: a range's two ends as decimal text; for any other shape " +
          "low = high = the one amount stated (a ceiling for up_to, a floor for at_least: read with shape); " +
          "the unit of a capacity figure, the currency of a money figure.",
      }),
    conversion: z.string().nullable(),
    notDrawn: z.string().nullable().meta({ description: "Why the row is left off the axis." }),
    asOf: isoDay.nullable(),
    asOfLabel: dayLabel.nullable(),
    source: sourceResponseSchema,
  })
  .meta({ id: "CompareRow", description: "One mark of the chart and one line of its table." });

export const compareResponseSchema = z
  .object({
    query: z.string().meta({ description: "The options as the /compare page's query string (only what differs from the defaults)." }),
    params: z
      .object({
        programs: z.array(z.string()),
        metric: z.enum(compareMetrics),
        currency: z.enum(compareCurrencies),
        scale: z.enum(compareScales),
        claims: z.enum(compareClaimSets),
        funding: z.array(z.enum(fundingKinds)),
        capacity: z.array(z.enum(capacityKinds)),
        unverified: z.boolean(),
        asOf: isoDay.nullable(),
      })
      .meta({ description: "The options as read (unknown values replaced by defaults)." }),
    notes: z.array(z.string()).meta({ description: "Sentences the chart carries: how panels were split, what was left out and why." }),
    axes: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        axisLabel: z.string(),
        scale: z.enum(compareScales),
        domain: z.array(z.number()).min(2).max(2).nullable(),
        ticks: z.array(z.object({ value: z.number(), label: z.string() })),
      }),
    ),
    rows: z.array(compareRowResponseSchema),
  })
  .meta({ id: "Compare" });

export type CompareRowDto = z.infer<typeof compareRowResponseSchema>;
export type CompareDto = z.infer<typeof compareResponseSchema>;
