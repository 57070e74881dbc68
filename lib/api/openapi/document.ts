// The OpenAPI 3.1 document of the public API, built from the zod schemas the handlers parse their
// queries with (lib/schemas/api/query.ts) and whose shapes their DTOs must satisfy (the response
// schemas; tests/integration/api-contract.test.ts checks real answers against them). The /developers
// page renders from this same document.
import { createDocument, type ZodOpenApiPathItemObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { envelope } from "@/lib/schemas/api/common";
import { compareResponseSchema } from "@/lib/schemas/api/compare";
import { compareCsvColumns } from "@/lib/charts/table-records";
import { milestonesResponseSchema } from "@/lib/schemas/api/milestones";
import { milestonesCsvColumns } from "@/lib/api/milestones";
import { oembedResponseSchema } from "@/lib/schemas/api/oembed";
import { organisationResponseSchema } from "@/lib/schemas/api/organisations";
import { organisationsList } from "@/lib/api/organisations";
import { programDetailResponseSchema } from "@/lib/data/program-detail";
import { programNamesResponseSchema, programsPageResponseSchema } from "@/lib/schemas/api/programs";
import { programsCsvColumns } from "@/lib/api/programs-csv-rows";
import * as query from "@/lib/schemas/api/query";
import { sourceEntryResponseSchema } from "@/lib/schemas/api/sources";
import { sourcesList } from "@/lib/api/sources";
import type { ListEndpoint } from "@/lib/api/list-get";
import { z } from "zod";
import { programSearchLimit } from "@/lib/data/program-names";
import { mapColumns } from "@/lib/charts/map-rows";
import { mapQuery, mapResponseSchema } from "@/lib/schemas/api/map";
import { dataResponses, imageResponses, mapResponses, oembedResponses } from "./responses";

const description =
  "Read-only access to every program, claim, milestone, organisation and source the Compute Atlas shows, " +
  `each figure with its source.

- GET only (HEAD and OPTIONS too); CORS is open to every origin.
- JSON answers are \`{ "data": … }\`; errors are \`{ "error": { "code", "message" } }\` whatever the status.
- \`asOf=YYYY-MM-DD\` on every endpoint gives the past view of that day, exactly as the site's pages show it.
- Answers carry a weak ETag; send it back in If-None-Match for a 304.
- A per-address rate limit answers 429 with Retry-After.`;

/** An unpaged list (lib/api/list-get.ts): the query it parses and its CSV's columns are its route's own. */
function listOperation(
  list: Pick<ListEndpoint<unknown, string>, "query" | "columns">,
  operation: { operationId: string; summary: string; answer: string; item: z.ZodType },
): ZodOpenApiPathItemObject {
  return {
    get: {
      operationId: operation.operationId,
      tags: ["Data"],
      summary: operation.summary,
      requestParams: { query: list.query },
      responses: dataResponses(operation.answer, envelope(z.array(operation.item)), { csvColumns: list.columns }),
    },
  };
}

const paths: ZodOpenApiPathsObject = {
  "/api/v1/programs": {
    get: {
      operationId: "listPrograms",
      tags: ["Data"],
      summary: "Programs with their headline funding",
      description:
        `JSON comes in pages of \`limit\` programs (${query.PROGRAMS_PAGE_SIZE} unless asked, at most ${query.PROGRAMS_PAGE_MAX}): ` +
        'follow `next` (also the `Link` header, rel="next") until it is null. The CSV is one file with every program.',
      requestParams: { query: query.programsQuery },
      responses: dataResponses("Published programs, oldest announcement first (then by slug).", programsPageResponseSchema, {
        csvColumns: programsCsvColumns,
        paged: true,
      }),
    },
  },
  "/api/v1/program-names": {
    get: {
      operationId: "searchProgramNames",
      tags: ["Data"],
      summary: "Programs whose name or slug contains a text (the program picker's search)",
      requestParams: { query: query.programNamesQuery },
      responses: dataResponses(`At most ${programSearchLimit} programs, by name.`, programNamesResponseSchema),
    },
  },
  "/api/v1/programs/{slug}": {
    get: {
      operationId: "getProgram",
      tags: ["Data"],
      summary: "One program: funding and capacity claims, milestones, partners, announcements and sources",
      requestParams: { path: query.programPath, query: query.programQuery },
      responses: dataResponses("The program as its page shows it.", envelope(programDetailResponseSchema), {
        notFound: "No published program with this slug (on the asOf day).",
      }),
    },
  },
  "/api/v1/compare": {
    get: {
      operationId: "compare",
      tags: ["Data"],
      summary: "The /compare chart's rows (the page's options)",
      description:
        "The rows of the chart the /compare page draws for the same options, in the same order, with " +
        "their sources. The chart options are read as the page reads them; asOf and format are strict.",
      requestParams: { query: query.compareQuery },
      responses: dataResponses("The comparison.", envelope(compareResponseSchema), { csvColumns: compareCsvColumns }),
    },
  },
  "/api/v1/milestones": {
    get: {
      operationId: "listMilestones",
      tags: ["Data"],
      summary: "The /timeline chart's milestones",
      requestParams: { query: query.milestonesQuery },
      responses: dataResponses("The milestones, judged on the view's day.", envelope(milestonesResponseSchema), {
        csvColumns: milestonesCsvColumns,
      }),
    },
  },
  "/api/v1/organisations": listOperation(organisationsList, {
    operationId: "listOrganisations",
    summary: "Organisations with their programs and roles",
    answer: "Organisations, those in most programs first.",
    item: organisationResponseSchema,
  }),
  "/api/v1/sources": listOperation(sourcesList, {
    operationId: "listSources",
    summary: "Sources with what they back",
    answer: "Every source behind something a reader may see.",
    item: sourceEntryResponseSchema,
  }),
  "/api/v1/charts/compare": {
    get: {
      operationId: "compareImage",
      tags: ["Charts"],
      summary: "The /compare chart as a PNG or SVG image",
      requestParams: { query: query.compareImageQuery },
      responses: imageResponses(),
    },
  },
  "/api/v1/charts/timeline": {
    get: {
      operationId: "timelineImage",
      tags: ["Charts"],
      summary: "The /timeline chart as a PNG or SVG image",
      requestParams: { query: query.timelineImageQuery },
      responses: imageResponses(),
    },
  },
  "/api/v1/charts/map": {
    get: {
      operationId: "mapImage",
      tags: ["Charts"],
      summary: "The /map chart as a PNG or SVG image, or its rows (one per country and program) as CSV or JSON",
      requestParams: { query: mapQuery },
      responses: mapResponses(envelope(mapResponseSchema), mapColumns),
    },
  },
  "/api/v1/charts/program/{slug}": {
    get: {
      operationId: "programImage",
      tags: ["Charts"],
      summary: "One program's funding or milestones chart as a PNG or SVG image",
      requestParams: { path: query.programPath, query: query.programImageQuery },
      responses: imageResponses(),
    },
  },
  "/api/oembed": {
    get: {
      operationId: "oembed",
      tags: ["oEmbed"],
      summary: "oEmbed for any chart URL of the site",
      requestParams: { query: query.oembedQuery },
      responses: oembedResponses(oembedResponseSchema),
    },
  },
};

function build() {
  return createDocument({
    openapi: "3.1.0",
    info: { title: "Compute Atlas API", version: "1.0.0", description },
    servers: [{ url: "/", description: "This site" }],
    tags: [
      { name: "Data", description: "Records with their sources, as JSON or CSV." },
      { name: "Charts", description: "The site's charts as images." },
      { name: "oEmbed", description: "Embedding a chart by URL (https://oembed.com)." },
    ],
    paths,
  });
}

let cached: ReturnType<typeof build> | undefined;

/** Built once per process: the schemas do not change while it runs. */
export function openApiDocument() {
  cached ??= build();
  return cached;
}
