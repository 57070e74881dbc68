import { listGet } from "@/lib/api/list-get";
import { sourceRecords, sourcesCsvColumns } from "@/lib/api/sources";
import { loadSources } from "@/lib/data/sources";
import { sourcesQuery } from "@/lib/schemas/api/query";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

export const GET = listGet({
  name: "sources",
  query: sourcesQuery,
  load: loadSources,
  records: sourceRecords,
  columns: sourcesCsvColumns,
});
