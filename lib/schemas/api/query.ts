// Query parameters of the public API. Each endpoint's object validates the request (lib/api/query.ts)
// and documents it (lib/api/openapi), so what the document promises is what the handler accepts.
import { z } from "zod";
import { isoDayParam } from "@/lib/core/iso-day-param";
import { capacityKinds, fundingKinds } from "@/lib/core/vocabulary";
import { compareClaimSets, compareCurrencies, compareMetrics, compareScales } from "@/lib/dashboard/compare-params";
import { timelineStatusFilters } from "@/lib/dashboard/timeline-params";
import { isCleanText } from "@/lib/schemas/fields";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(100);

export const asOfParam = isoDayParam.optional().meta({
  description:
    "A past view: only what was public, and published here, by the end of this day (UTC). A day " +
    "from today on is the live view. Omit for the live view.",
  example: "2025-06-30",
});

const jsonOnly = z.enum(["json"]).default("json").meta({ description: "Response format." });
const jsonOrCsv = z
  .enum(["json", "csv"])
  .default("json")
  .meta({ description: "Response format: JSON (`{ data }`) or CSV (an attachment, one line per record, with its source)." });

// /api/v1/programs pages its JSON: `limit` programs at a time, the next page named by a cursor.
export const PROGRAMS_PAGE_SIZE = 100;
export const PROGRAMS_PAGE_MAX = 500;
export const programsQuery = z.object({
  asOf: asOfParam,
  format: jsonOrCsv,
  limit: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, `must be a whole number from 1 to ${PROGRAMS_PAGE_MAX}`)
    .refine((value) => Number(value) <= PROGRAMS_PAGE_MAX, `must be a whole number from 1 to ${PROGRAMS_PAGE_MAX}`)
    .optional()
    .meta({
      description: `Programs per page (JSON only), at most ${PROGRAMS_PAGE_MAX}. Omit for ${PROGRAMS_PAGE_SIZE}.`,
      example: String(PROGRAMS_PAGE_SIZE),
    }),
  cursor: z
    .string()
    .max(120)
    .regex(/^\d{4}-\d{2}-\d{2}\.[a-z0-9]+(-[a-z0-9]+)*$/, "must be the cursor of a previous page's next link")
    .refine((value) => isoDayParam.safeParse(value.slice(0, 10)).success, "must be the cursor of a previous page's next link")
    .optional()
    .meta({
      description:
        "Where the page starts (JSON only): copy it from the previous page's `next` link (or its `Link` header), " +
        "keeping the other parameters. Omit for the first page.",
    }),
});
export const programQuery = z.object({ asOf: asOfParam, format: jsonOnly });
export const programNamesQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .refine(isCleanText, "must not contain control characters")
    .meta({ description: "Text the program's name or slug contains (any case).", example: "star" }),
  asOf: asOfParam,
  format: jsonOnly,
});
export const programPath = z.object({
  slug: slug.meta({ description: "The program's slug, as in /programs/{slug}.", example: "stargate" }),
});

export const milestonesQuery = z.object({
  program: z
    .array(slug)
    .optional()
    .meta({ description: "Only these programs (repeat the key). Omit for every program. An unknown slug matches nothing." }),
  status: z
    .array(z.enum(timelineStatusFilters))
    .optional()
    .meta({
      description:
        "Only milestones with one of these statuses (repeat the key); `overdue` matches open milestones past their deadline " +
        "on the view's day, `completed_late` milestones completed after it.",
    }),
  asOf: asOfParam,
  format: jsonOrCsv,
});

export const organisationsQuery = z.object({ asOf: asOfParam, format: jsonOrCsv });
export const sourcesQuery = z.object({ asOf: asOfParam, format: jsonOrCsv });

// /api/v1/compare takes the /compare page's options. Only asOf and format are checked strictly
// (compareStrictQuery); the chart options are read as the page reads them (an unknown value falls
// back to its default) so that every download link the page and the embeds build, stale permalinks
// included, keeps working and lists exactly the chart's rows.
const lenient = "An unknown value falls back to the default, as on the /compare page.";
export const compareStrictQuery = z.object({ asOf: asOfParam, format: jsonOrCsv });
export const compareQuery = compareStrictQuery.extend({
  program: z
    .array(slug)
    .optional()
    .meta({
      description:
        "Programs to compare (repeat the key, or separate with commas). Omit for every program, or, when more than ten " +
        `are published, the ten largest by the metric, as the /compare page draws them. ${lenient}`,
    }),
  metric: z
    .enum(compareMetrics)
    .default("money")
    .meta({ description: `What to compare. ${lenient}` }),
  currency: z
    .enum(compareCurrencies)
    .default("usd")
    .meta({ description: `Money axis currency (original: each claim in its own currency, one panel per currency). ${lenient}` }),
  scale: z.enum(compareScales).default("linear").meta({ description: lenient }),
  claims: z
    .enum(compareClaimSets)
    .default("headline")
    .meta({ description: `Each program's headline figures, or every current claim. ${lenient}` }),
  funding: z
    .array(z.enum(fundingKinds))
    .optional()
    .meta({ description: `Funding kinds drawn for money (repeat the key); none means all. ${lenient}` }),
  capacity: z
    .array(z.enum(capacityKinds))
    .optional()
    .meta({ description: `Capacity kinds drawn for compute, power and accelerators; none means all. ${lenient}` }),
  unverified: z
    .enum(["1", "on", "true"])
    .optional()
    .meta({ description: `Also list unverified and disputed claims (marked as such). ${lenient}` }),
});

// Chart images (app/api/v1/charts/*) and oEmbed (app/api/oembed) are built in their own routes;
// these objects document the parameters those routes read (the chart options are read leniently,
// as the pages and embeds read them).
const imageFormat = z
  .enum(["png", "svg"])
  .default("png")
  .meta({ description: "Image format: PNG (drawn on the server, the default) or SVG." });
const { format: _dataFormat, ...compareOptions } = compareQuery.shape;
export const compareImageQuery = z.object({ ...compareOptions, format: imageFormat });
export const timelineImageQuery = z.object({
  program: milestonesQuery.shape.program,
  status: milestonesQuery.shape.status,
  asOf: asOfParam,
  format: imageFormat,
});
export const programImageQuery = z.object({
  chart: z
    .enum(["funding", "timeline"])
    .default("funding")
    .meta({ description: "The program's funding claims or its milestones. An unknown value falls back to funding." }),
  asOf: asOfParam,
  format: imageFormat,
});

// Sizes arrive as text; "0", "12.5", "-5" and "" are refused, not coerced.
const pixels = z.string().regex(/^[1-9]\d{0,6}$/, "must be a whole number of pixels, at least 1");
export const oembedQuery = z.object({
  url: z
    .string({ error: "url is required" })
    .min(1, "url is required")
    .max(2048, "url is too long")
    .refine((value) => URL.canParse(value), "url must be an absolute URL")
    .meta({
      description: "A chart page or embed of this site (/, /compare, /timeline, /programs/{slug}, /embed/…).",
      example: "http://localhost:3000/compare",
    }),
  maxwidth: pixels.optional().meta({ description: "Largest width the consumer can show, in pixels." }),
  maxheight: pixels.optional().meta({ description: "Largest height the consumer can show, in pixels." }),
  format: z.string().optional().meta({ description: "Only json (the default) is offered; any other format answers 501." }),
});
