import { listGet } from "@/lib/api/list-get";
import { programRecords } from "@/lib/api/programs-csv-rows";
import { listPublishedPrograms } from "@/lib/data/programs";
import { programsQuery } from "@/lib/schemas/api/query";
import { programsCsvColumns } from "@/lib/schemas/api/programs";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

export const GET = listGet({
  name: "programs",
  query: programsQuery,
  load: listPublishedPrograms,
  records: programRecords,
  columns: programsCsvColumns,
});
