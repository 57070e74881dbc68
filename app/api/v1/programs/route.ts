import { parseAsOf } from "@/lib/dashboard/as-of";
import { dataOrCsv } from "@/lib/api/csv";
import { programsPage, programsSlice } from "@/lib/api/programs-page";
import { programRecords, programsCsvColumns } from "@/lib/api/programs-csv-rows";
import { publicGet } from "@/lib/api/public-get";
import { badParameter, parseQuery } from "@/lib/api/query";
import { apiPage } from "@/lib/api/respond";
import { listPublishedPrograms } from "@/lib/data/programs";
import { prisma } from "@/lib/db";
import { programsQuery } from "@/lib/schemas/api/query";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

export const GET = publicGet(async (request: Request) => {
  const query = parseQuery(programsQuery, request);
  const knownBy = parseAsOf(query.asOf);
  if (query.format === "json") {
    const slice = programsSlice(query);
    const { data, next } = programsPage(request, await listPublishedPrograms(prisma(), knownBy, slice), slice.take);
    return apiPage(request, data, next);
  }
  // The CSV is one file, the whole list: a download for a spreadsheet, not a feed to page through.
  for (const name of ["limit", "cursor"] as const)
    if (query[name] !== undefined) throw badParameter(name, "paging is for JSON; the CSV is always the whole list");
  const programs = await listPublishedPrograms(prisma(), knownBy);
  return dataOrCsv(request, query.format, {
    name: "programs",
    knownBy,
    json: programs,
    records: () => programRecords(programs),
    columns: programsCsvColumns,
  });
});
