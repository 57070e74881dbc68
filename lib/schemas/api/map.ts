// The map endpoint's query: /compare's chart options (read leniently, as the /map page reads
// them) and a strict format: the map as an image (PNG, SVG) or its country rows (CSV, JSON).
import { z } from "zod";
import { isoDay, shape } from "./common";
import { asOfParam, compareImageQuery } from "./query";

export const mapFormats = ["png", "svg", "csv", "json"] as const;

export const mapQuery = compareImageQuery.extend({
  format: z.enum(mapFormats).default("png").meta({
    description: "PNG (drawn on the server, the default) or SVG image; or the map's rows, one per country and program, as CSV or JSON.",
  }),
});

/** What the route checks strictly; the chart options fall back to their defaults instead. */
export const mapStrictQuery = z.object({ asOf: asOfParam, format: mapQuery.shape.format });

const nullableText = z.string().nullable();

// What value_low/value_high hold depends on the shape: only a range has two ends.
const statedLowDescription =
  "The figure as its source states it, as decimal text, before any conversion: a range's low end; for exact, " +
  "approximate, up_to and at_least the one amount stated (a ceiling for up_to, a floor for at_least); null when unstated.";
const statedHighDescription = "A range's high end; for any other shape the same amount as value_low (read it with shape).";

export const mapRowResponseSchema = z
  .object({
    country: z.string().meta({ description: "The country, or the region of a region program (its figure is the region's, not split)." }),
    country_code: nullableText.meta({ description: "ISO 3166-1 numeric code; null for a region." }),
    program_slug: z.string(),
    program_name: z.string(),
    region_program: nullableText.meta({ description: "The region of a region program, drawn over all its members." }),
    figure: nullableText.meta({ description: "The program's largest figure on the scale, as the chart draws it; null when none." }),
    value: z.number().nullable().meta({ description: "That figure's upper end on the scale's axis (never a sum of figures)." }),
    shape: shape.nullable().meta({ description: "How the source states the figure (as the compare CSV's shape); null when none." }),
    value_low: nullableText.meta({ description: statedLowDescription }),
    value_high: nullableText.meta({ description: statedHighDescription }),
    unit: nullableText.meta({ description: "The unit of a capacity figure as stated; null for money." }),
    currency: nullableText.meta({ description: "The currency of a money figure as stated; null for capacity." }),
    scale: nullableText,
    colour_class: nullableText,
    as_of: isoDay.nullable().meta({ description: "The day the claim is dated, when it has one." }),
    source_title: nullableText.meta({ description: "The source that states the figure; null when there is no figure." }),
    source_publisher: nullableText,
    source_url: nullableText,
    source_published: isoDay.nullable(),
  })
  .meta({ id: "MapRow", description: "One program of one country (or region), as the map colours and lists it." });

export const mapResponseSchema = z.object({
  scale: z.object({ title: z.string(), axisLabel: z.string() }).nullable(),
  classes: z.array(z.object({ label: z.string(), colour: z.string() })),
  rows: z.array(mapRowResponseSchema),
});
