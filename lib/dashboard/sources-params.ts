// /sources in the URL: ?program=<slug> (the sources one program's records cite) and ?page=<n>.
import { z } from "zod";
import { pageParam, programSlugParam, type SearchParams } from "./search-params";

const schema = z.object({ program: programSlugParam, page: pageParam });

export type SourcesQuery = z.infer<typeof schema>;

export function parseSourcesQuery(params: SearchParams): SourcesQuery {
  return schema.parse(params);
}

/** The address of a /sources view: only what is set, plus asOf in a past view. */
export function sourcesPath({ program, page }: SourcesQuery, asOf: string | null): string {
  const query = new URLSearchParams();
  if (program) query.set("program", program);
  if (page > 1) query.set("page", String(page));
  if (asOf) query.set("asOf", asOf);
  const text = query.toString();
  return text ? `/sources?${text}` : "/sources";
}
