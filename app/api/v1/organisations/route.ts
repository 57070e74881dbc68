import { parseAsOf } from "@/lib/dashboard/as-of";
import { dataOrCsv } from "@/lib/api/csv";
import { organisationRecords, organisationsForApi } from "@/lib/api/organisations";
import { publicGet } from "@/lib/api/public-get";
import { parseQuery } from "@/lib/api/query";
import { loadPartnerMatrix } from "@/lib/data/partners";
import { prisma } from "@/lib/db";
import { organisationsCsvColumns } from "@/lib/schemas/api/organisations";
import { organisationsQuery } from "@/lib/schemas/api/query";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

export const GET = publicGet(async (request: Request) => {
  const query = parseQuery(organisationsQuery, request);
  const knownBy = parseAsOf(query.asOf);
  const organisations = organisationsForApi(await loadPartnerMatrix(prisma(), knownBy));
  return dataOrCsv(request, query.format, {
    name: "organisations",
    knownBy,
    json: organisations,
    records: () => organisationRecords(organisations),
    columns: organisationsCsvColumns,
  });
});
