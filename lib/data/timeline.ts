// /timeline: every visible milestone of the chosen programs, one lane per program, judged on the
// page's day. Queries: programs (for lanes and the filter form), milestones with their revisions,
// sources and programs batched by Prisma.
import type { PrismaClient } from "@/lib/prisma-client";
import type { TimelineFilters } from "@/lib/dashboard/timeline-params";
import type { IsoDate } from "@/lib/core/dates";
import { layoutTimeline, type TimelineChart } from "@/lib/charts/timeline-layout";
import { describeMilestone, milestoneSelect, toMilestoneDto } from "./milestone-dto";
import { viewDate } from "./view-date";
import { visibleMilestone, visibleProgram } from "./visibility";
import { type KnownBy } from "@/lib/dashboard/as-of";
import type { MilestoneDto } from "@/lib/schemas/api/common";

export type TimelineDto = {
  today: IsoDate;
  programs: { slug: string; name: string }[];
  lanes: { slug: string; name: string; milestones: MilestoneDto[] }[];
  chart: TimelineChart;
  undated: MilestoneDto[];
};

export async function loadTimeline(
  db: PrismaClient,
  knownBy: KnownBy,
  filters: TimelineFilters,
  options: { now?: Date } = {},
): Promise<TimelineDto> {
  const today = viewDate(knownBy, options.now);
  const onlyPrograms = filters.program.length > 0 ? { slug: { in: filters.program } } : {};
  const [programs, rows] = await Promise.all([
    db.program.findMany({
      where: visibleProgram(knownBy),
      orderBy: [{ announcedOn: "asc" }, { slug: "asc" }],
      select: { slug: true, name: true },
    }),
    db.milestone.findMany({
      where: { AND: [visibleMilestone(knownBy), { program: onlyPrograms }] },
      orderBy: [{ dueOn: "asc" }, { title: "asc" }, { id: "asc" }],
      select: milestoneSelect(knownBy),
    }),
  ]);
  const milestones = rows.map((row) => toMilestoneDto(row, today, knownBy)).filter((m) => matchesStatus(m, filters.status));
  const shown = filters.program.length > 0 ? programs.filter((p) => filters.program.includes(p.slug)) : programs;
  const lanes = shown.map((p) => ({ ...p, milestones: milestones.filter((m) => m.program.slug === p.slug) }));
  const chart = layoutTimeline(
    lanes.map((lane) => ({
      key: lane.slug,
      label: lane.name,
      items: lane.milestones.map((m) => ({
        id: m.id,
        due: m.due,
        original: m.original,
        completedOn: m.completedOn,
        completedLate: m.completedLateByDays !== null,
        status: m.status,
        overdue: m.overdue,
        tooltip: describeMilestone(m),
      })),
    })),
    today,
  );
  return { today, programs, lanes, chart, undated: milestones.filter((m) => m.due === null) };
}

/** No status chosen shows all; "overdue" matches overdue milestones whatever their recorded status. */
export function matchesStatus(milestone: MilestoneDto, statuses: TimelineFilters["status"]): boolean {
  if (statuses.length === 0) return true;
  return statuses.some((status) => (status === "overdue" ? milestone.overdue : milestone.status === status));
}
