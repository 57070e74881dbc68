// /timeline filters in the URL: ?program=<slug>&program=…&status=<status>&status=overdue&status=completed_late&asOf=….
// Unknown statuses are dropped; slugs are checked against the database by the loader. Parsed into one
// order (programs sorted, statuses in vocabulary order, each once), so one view has one address.
import { z } from "zod";
import { milestoneStatuses } from "@/lib/core/vocabulary";
import type { CanonicalQuery } from "./canonical-query";
import { listParam, type SearchParams } from "./search-params";

// Besides the recorded statuses: "overdue" (open past its deadline) and "completed_late" (met after it).
export const timelineStatusFilters = [...milestoneStatuses, "overdue", "completed_late"] as const;

const schema = z.object({
  program: listParam(z.string().regex(/^[a-z0-9-]{1,100}$/)).transform((slugs) => [...new Set(slugs)].sort()),
  status: listParam(z.enum(timelineStatusFilters)).transform((given) => timelineStatusFilters.filter((s) => given.includes(s))),
});

export type TimelineFilters = z.infer<typeof schema>;

export function parseTimelineFilters(params: SearchParams): TimelineFilters {
  return schema.parse(params);
}

/** The filters (and a past view's day) as the page's address writes them. */
export function timelineQuery(filters: TimelineFilters, asOf: string | null): URLSearchParams {
  const query = new URLSearchParams();
  for (const slug of filters.program) query.append("program", slug);
  for (const status of filters.status) query.append("status", status);
  if (asOf) query.set("asOf", asOf);
  return query;
}

/**
 * timelineQuery's rules for the filter form to build the same address in the browser.
 * `defaultPrograms`: the program ticks that mean the default selection (none when unknown).
 */
export function timelineCanonicalQuery(defaultPrograms: readonly string[]): CanonicalQuery {
  return {
    order: ["program", "status", "asOf"],
    defaults: defaultPrograms.length > 0 ? { program: [...defaultPrograms] } : {},
    sorted: ["program"],
  };
}
