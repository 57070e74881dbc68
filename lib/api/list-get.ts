// The GET of a list endpoint that is not paged (organisations, sources): the records known on the asked day,
// as `{ data }` or as the same records in CSV. Each list names its query, loader and columns once (organisationsList,
// sourcesList): its route serves that definition and the OpenAPI document describes it.
import { parseAsOf, type KnownBy } from "@/lib/dashboard/as-of";
import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/prisma-client";
import type { organisationsQuery } from "@/lib/schemas/api/query";
import { dataOrCsv, type CsvCell } from "./csv";
import { publicGet } from "./public-get";
import { parseQuery } from "./query";

export type ListEndpoint<T, Column extends string> = {
  name: string;
  /** These lists take the same options (asOf, format); each has its own schema for the OpenAPI document. */
  query: typeof organisationsQuery;
  load: (db: PrismaClient, knownBy: KnownBy) => Promise<T>;
  records: (data: T) => Record<Column, CsvCell>[];
  columns: readonly Column[];
};

export function listGet<T, Column extends string>({ name, query, load, records, columns }: ListEndpoint<T, Column>) {
  return publicGet(async (request: Request) => {
    const options = parseQuery(query, request);
    const knownBy = parseAsOf(options.asOf);
    const data = await load(prisma(), knownBy);
    return dataOrCsv(request, options.format, { name, knownBy, json: data, records: () => records(data), columns });
  });
}
