// Response objects shared by the operations of the OpenAPI document.
import { z } from "zod";
import { errorResponseSchema } from "@/lib/schemas/api/common";
import type { ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from "zod-openapi";

const errorContent = { "application/json": { schema: errorResponseSchema } };

const cacheHeaders = z.object({
  ETag: z.string().meta({ description: "Weak tag of the body; send it back in If-None-Match to get a 304 when nothing changed." }),
  "Cache-Control": z.string().meta({
    description:
      "public, max-age=0, s-maxage=30, stale-while-revalidate=30: browsers revalidate before every " +
      "use; a shared cache may serve it for 30 s, then 30 s more while it refetches.",
  }),
});

function error(description: string): ZodOpenApiResponseObject {
  return { description, content: errorContent };
}

const unavailable = error("The data is temporarily unavailable; retry shortly.");

const common: ZodOpenApiResponsesObject = {
  "429": {
    description: "Too many requests from this address this minute.",
    headers: z.object({ "Retry-After": z.string().meta({ description: "Seconds to wait before retrying." }) }),
    content: errorContent,
  },
};

const pageHeaders = cacheHeaders.extend({
  Link: z.string().optional().meta({ description: 'RFC 8288: `<next page>; rel="next"`, the body\'s `next`; absent on the last page.' }),
});

/** 200 (JSON, and CSV when `csvColumns` is given; `paged`: with a Link header), 304, 400, (404), 429, 503. */
export function dataResponses(
  description: string,
  schema: z.ZodType,
  options: { csvColumns?: readonly string[]; notFound?: string; paged?: boolean } = {},
): ZodOpenApiResponsesObject {
  const csv = options.csvColumns && {
    "text/csv": {
      schema: { type: "string" as const, description: `CSV with a header line: ${options.csvColumns.join(", ")}.` },
      "x-csv-columns": [...options.csvColumns],
    },
  };
  return {
    "200": { description, headers: options.paged ? pageHeaders : cacheHeaders, content: { "application/json": { schema }, ...csv } },
    "304": { description: "Not modified: the If-None-Match tag still matches (no body).", headers: cacheHeaders },
    "400": error("A malformed parameter; the message names it."),
    ...(options.notFound && { "404": error(options.notFound) }),
    ...common,
    "503": unavailable,
  };
}

export function imageResponses(): ZodOpenApiResponsesObject {
  return {
    "200": {
      description: "The chart as an image, with its title, sources and date inside.",
      headers: cacheHeaders,
      content: {
        "image/png": { schema: { type: "string", contentMediaType: "image/png" } },
        "image/svg+xml": { schema: { type: "string", contentMediaType: "image/svg+xml" } },
      },
    },
    "304": { description: "Not modified (no body).", headers: cacheHeaders },
    "400": error("A malformed parameter (e.g. an unknown format)."),
    "404": error("No such program."),
    ...common,
    "503": unavailable,
  };
}

export function oembedResponses(schema: z.ZodType): ZodOpenApiResponsesObject {
  return {
    "200": {
      description: "An oEmbed 1.0 rich response with the iframe snippet.",
      headers: cacheHeaders,
      content: { "application/json": { schema } },
    },
    "304": { description: "Not modified (no body).", headers: cacheHeaders },
    "400": error("No url, or a malformed maxwidth/maxheight."),
    "404": error("The url is not a chart of this site."),
    ...common,
    "501": error("A format other than json."),
    "503": unavailable,
  };
}

/** The map's one endpoint answers an image or its rows, by format. */
export function mapResponses(schema: z.ZodType, csvColumns: readonly string[]): ZodOpenApiResponsesObject {
  const image = imageResponses();
  const data = dataResponses("The map as an image, or its rows as JSON or CSV.", schema, { csvColumns });
  const content = (r: ZodOpenApiResponsesObject) => (r["200"] as ZodOpenApiResponseObject).content;
  return { ...data, "200": { ...(data["200"] as ZodOpenApiResponseObject), content: { ...content(data), ...content(image) } } };
}
