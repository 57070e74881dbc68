import { parseAsOf } from "@/lib/dashboard/as-of";
import { dataOrCsv } from "@/lib/api/csv";
import { publicGet } from "@/lib/api/public-get";
import { parseQuery } from "@/lib/api/query";
import { sourceRecords } from "@/lib/api/sources";
import { loadSources } from "@/lib/data/sources";
import { prisma } from "@/lib/db";
import { sourcesQuery } from "@/lib/schemas/api/query";
import { sourcesCsvColumns } from "@/lib/schemas/api/sources";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

export const GET = publicGet(async (request: Request) => {
  const query = parseQuery(sourcesQuery, request);
  const knownBy = parseAsOf(query.asOf);
  const sources = await loadSources(prisma(), knownBy);
  return dataOrCsv(request, query.format, {
    name: "sources",
    knownBy,
    json: sources,
    records: () => sourceRecords(sources),
    columns: sourcesCsvColumns,
  });
});
