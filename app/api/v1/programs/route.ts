import { parseAsOf } from "@/lib/dashboard/as-of";
import { dataOrCsv } from "@/lib/api/csv";
import { programRecords } from "@/lib/api/programs-csv-rows";
import { publicGet } from "@/lib/api/public-get";
import { parseQuery } from "@/lib/api/query";
import { listPublishedPrograms } from "@/lib/data/programs";
import { prisma } from "@/lib/db";
import { programsQuery } from "@/lib/schemas/api/query";
import { programsCsvColumns } from "@/lib/schemas/api/programs";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

export const GET = publicGet(async (request: Request) => {
  const query = parseQuery(programsQuery, request);
  const knownBy = parseAsOf(query.asOf);
  const programs = await listPublishedPrograms(prisma(), knownBy);
  return dataOrCsv(request, query.format, {
    name: "programs",
    knownBy,
    json: programs,
    records: () => programRecords(programs),
    columns: programsCsvColumns,
  });
});
