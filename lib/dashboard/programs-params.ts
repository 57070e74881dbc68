// /programs state in the URL: filters, sort and page; only what differs from the defaults is
// written back into links.
import { z } from "zod";
import { programKinds, programStatuses } from "@/lib/core/vocabulary";
import { first, optionalParam, pageParam, type SearchParams } from "./search-params";
import type { CanonicalQuery } from "./canonical-query";

/** The text columns, then the metrics: each metric sorts by one figure per program (lib/data/programs-table.ts). */
export const programSorts = ["name", "country", "announced", "public", "private", "power", "accelerators", "compute", "overdue"] as const;
export type ProgramSort = (typeof programSorts)[number];
export type ProgramMetric = Exclude<ProgramSort, "name" | "country" | "announced">;
export const isMetricSort = (sort: ProgramSort): sort is ProgramMetric => !["name", "country", "announced"].includes(sort);

export const PROGRAMS_PAGE_SIZE = 50;

// Free text, but no control characters: PostgreSQL refuses a NUL byte in a query (an error page),
// and no place name holds one. Refused, the filter is left out.
const placeName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^\P{Cc}+$/u);

const oldSortName = (value: string | string[] | undefined) => {
  const sort = first(value);
  return sort === "usd" ? "public" : sort;
};

const schema = z.object({
  region: optionalParam(placeName),
  country: optionalParam(placeName),
  status: optionalParam(z.enum(programStatuses)),
  kind: optionalParam(z.enum(programKinds)),
  // A checkbox: only programs with at least one overdue milestone.
  overdue: optionalParam(z.literal("1")),
  // "usd" was the public-money column's old name: links to it keep their order.
  sort: z.preprocess(oldSortName, z.enum(programSorts)).catch("name"),
  dir: z.preprocess(first, z.enum(["asc", "desc"])).catch("asc"),
  page: pageParam,
});

export type ProgramFilters = z.infer<typeof schema>;
export const defaultProgramFilters: ProgramFilters = { sort: "name", dir: "asc", page: 1 };

export function parseProgramFilters(params: SearchParams): ProgramFilters {
  return schema.parse(params);
}

/** How serializeProgramFilters writes the address, for the instant form that builds it in the browser. */
export const programsCanonicalQuery: CanonicalQuery = {
  order: ["region", "country", "status", "kind", "overdue", "sort", "dir", "page", "asOf"],
  defaults: { sort: [defaultProgramFilters.sort], dir: [defaultProgramFilters.dir] },
  sorted: [],
};

/** The query string of a /programs view: only non-default values, plus asOf when in a past view. */
export function serializeProgramFilters(filters: ProgramFilters, asOf: string | null): string {
  const query = new URLSearchParams();
  for (const key of ["region", "country", "status", "kind", "overdue"] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  if (filters.sort !== defaultProgramFilters.sort) query.set("sort", filters.sort);
  if (filters.dir !== defaultProgramFilters.dir) query.set("dir", filters.dir);
  if (filters.page !== defaultProgramFilters.page) query.set("page", String(filters.page));
  if (asOf) query.set("asOf", asOf);
  const text = query.toString();
  return text ? `?${text}` : "";
}
