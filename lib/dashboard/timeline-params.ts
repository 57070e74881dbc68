// /timeline filters in the URL: ?program=<slug>&program=…&status=<status>&status=overdue&status=completed_late.
// Unknown statuses are dropped; slugs are checked against the database by the loader.
import { z } from "zod";
import { milestoneStatuses } from "@/lib/core/vocabulary";
import { listParam, type SearchParams } from "./search-params";

// Besides the recorded statuses: "overdue" (open past its deadline) and "completed_late" (met after it).
export const timelineStatusFilters = [...milestoneStatuses, "overdue", "completed_late"] as const;

const schema = z.object({
  program: listParam(z.string().regex(/^[a-z0-9-]{1,100}$/)),
  status: listParam(z.enum(timelineStatusFilters)),
});

export type TimelineFilters = z.infer<typeof schema>;

export function parseTimelineFilters(params: SearchParams): TimelineFilters {
  return schema.parse(params);
}
