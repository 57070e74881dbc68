import { parseAsOf } from "@/lib/dashboard/as-of";
import { publicGet } from "@/lib/api/public-get";
import { parseQuery } from "@/lib/api/query";
import { apiMatches } from "@/lib/api/respond";
import { searchProgramNames } from "@/lib/data/program-names";
import { prisma } from "@/lib/db";
import { programNamesQuery } from "@/lib/schemas/api/query";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

export const GET = publicGet(async (request: Request) => {
  const query = parseQuery(programNamesQuery, request);
  const { names, more } = await searchProgramNames(prisma(), query.q, parseAsOf(query.asOf));
  return apiMatches(request, names, more);
});
