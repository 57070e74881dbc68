// /programs state in the URL: filters (region, status, kind) and sort; only what differs from the
// defaults is written back into links.
import { z } from "zod";
import { programKinds, programStatuses } from "@/lib/core/vocabulary";
import { first, optionalParam, type SearchParams } from "./search-params";

export const programSorts = ["name", "country", "announced", "usd"] as const;
export type ProgramSort = (typeof programSorts)[number];

const schema = z.object({
  region: optionalParam(z.string().trim().min(1).max(100)),
  status: optionalParam(z.enum(programStatuses)),
  kind: optionalParam(z.enum(programKinds)),
  sort: z.preprocess(first, z.enum(programSorts)).catch("name"),
  dir: z.preprocess(first, z.enum(["asc", "desc"])).catch("asc"),
});

export type ProgramFilters = z.infer<typeof schema>;
export const defaultProgramFilters: ProgramFilters = { sort: "name", dir: "asc" };

export function parseProgramFilters(params: SearchParams): ProgramFilters {
  return schema.parse(params);
}

/** The query string of a /programs view: only non-default values, plus asOf when in a past view. */
export function serializeProgramFilters(filters: ProgramFilters, asOf: string | null): string {
  const query = new URLSearchParams();
  if (filters.region) query.set("region", filters.region);
  if (filters.status) query.set("status", filters.status);
  if (filters.kind) query.set("kind", filters.kind);
  if (filters.sort !== defaultProgramFilters.sort) query.set("sort", filters.sort);
  if (filters.dir !== defaultProgramFilters.dir) query.set("dir", filters.dir);
  if (asOf) query.set("asOf", asOf);
  const text = query.toString();
  return text ? `?${text}` : "";
}
