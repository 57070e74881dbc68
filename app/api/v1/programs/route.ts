import { knownByOfQuery } from "@/lib/api/as-of";
import { csvResponse, fileName, toCsv } from "@/lib/api/csv";
import { programRecords } from "@/lib/api/programs";
import { publicGet } from "@/lib/api/public-get";
import { parseQuery } from "@/lib/api/query";
import { apiData } from "@/lib/api/respond";
import { listPublishedPrograms } from "@/lib/data/programs";
import { prisma } from "@/lib/db";
import { programsQuery } from "@/lib/schemas/api/query";
import { programsCsvColumns } from "@/lib/schemas/api/programs";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

export const GET = publicGet(async (request: Request) => {
  const query = parseQuery(programsQuery, request);
  const programs = await listPublishedPrograms(prisma(), knownByOfQuery(query.asOf));
  if (query.format === "json") return apiData(request, programs);
  return csvResponse(request, toCsv(programRecords(programs), programsCsvColumns), fileName("programs", query.asOf, "csv"));
});
