import { listGet } from "@/lib/api/list-get";
import { organisationRecords, organisationsCsvColumns, organisationsForApi } from "@/lib/api/organisations";
import { loadPartnerMatrix } from "@/lib/data/partners";
import { organisationsQuery } from "@/lib/schemas/api/query";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

export const GET = listGet({
  name: "organisations",
  query: organisationsQuery,
  load: async (db, knownBy) => organisationsForApi(await loadPartnerMatrix(db, knownBy)),
  records: organisationRecords,
  columns: organisationsCsvColumns,
});
