import { asOfDay, parseAsOf } from "@/lib/dashboard/as-of";
import { fileStemOf } from "@/lib/charts/chart-ref";
import { dataOrCsv } from "@/lib/api/csv";
import { milestoneRecord, milestonesCsvColumns, timelineMilestones } from "@/lib/api/milestones";
import { publicGet } from "@/lib/api/public-get";
import { parseQuery } from "@/lib/api/query";
import { loadTimeline } from "@/lib/data/timeline";
import { prisma } from "@/lib/db";
import { milestonesQuery } from "@/lib/schemas/api/query";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

export const GET = publicGet(async (request: Request) => {
  const query = parseQuery(milestonesQuery, request);
  const filters = { program: query.program ?? [], status: query.status ?? [] };
  const knownBy = parseAsOf(query.asOf);
  const timeline = await loadTimeline(prisma(), knownBy, filters, { every: true });
  const milestones = timelineMilestones(timeline);
  return dataOrCsv(request, query.format, {
    name: "milestones",
    // The timeline chart's data: named as its images and the compare CSV are (chart, options, day).
    csvName: `${fileStemOf({ kind: "timeline", filters, asOf: asOfDay(knownBy) }, timeline.today)}.csv`,
    knownBy,
    json: { today: timeline.today, milestones },
    records: () => milestones.map(milestoneRecord),
    columns: milestonesCsvColumns,
  });
});
