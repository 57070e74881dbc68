// /timeline: every visible milestone of the chosen programs, one lane per program, judged on the
// page's day. Queries: programs (for lanes and the filter form), milestones with their revisions,
// sources and programs batched by Prisma.
import type { PrismaClient } from "@/lib/prisma-client";
import type { TimelineFilters } from "@/lib/dashboard/timeline-params";
import { foldSelection } from "@/lib/dashboard/program-selection";
import type { IsoDate } from "@/lib/core/dates";
import { layoutTimeline, type TimelineChart } from "@/lib/charts/timeline-layout";
import { describeMilestone, milestoneSelect, toMilestoneDto } from "./milestone-dto";
import { viewDate } from "./view-date";
import { visibleMilestone, visibleProgram } from "./visibility";
import { type KnownBy } from "@/lib/dashboard/as-of";
import { topCount } from "./compare";
import type { MilestoneDto } from "@/lib/schemas/api/common";

export type TimelineDto = {
  today: IsoDate;
  /** Every visible program (the filter form's list). */
  programs: { slug: string; name: string }[];
  /** The lanes drawn: the chosen programs, else all, else (a long list) the `topCount` with the most milestones. */
  lanes: { slug: string; name: string; milestones: MilestoneDto[] }[];
  chart: TimelineChart;
  undated: MilestoneDto[];
};

/** The timeline with its selection, for the page's address and its program picker. */
export type TimelineView = TimelineDto & {
  /** The filters as the page's address keeps them: choosing exactly the default programs is choosing none. */
  filters: TimelineFilters;
  /** The lanes drawn when no program is chosen, the picker's default ticks; null when not known (a long list, some chosen). */
  byDefault: string[] | null;
};

export async function loadTimeline(
  db: PrismaClient,
  knownBy: KnownBy,
  filters: TimelineFilters,
  // every: all programs' milestones whatever their number (the API); pages draw at most `topCount` lanes by default.
  options: { now?: Date; every?: boolean } = {},
): Promise<TimelineView> {
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
  // The default lanes are known before the milestones when they are every program (a short list);
  // choosing exactly those is the default view (the milestones read are then every program's).
  const short = options.every || programs.length <= topCount ? programs.map((p) => p.slug) : null;
  const program = foldSelection(filters.program, short);
  const chosen = program.length > 0 ? programs.filter((p) => program.includes(p.slug)) : programs;
  const all = chosen.map((p) => ({ ...p, milestones: milestones.filter((m) => m.program.slug === p.slug) }));
  const lanes = program.length === 0 && !options.every ? mostMilestones(all) : all;
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
  const undated = lanes.flatMap((lane) => lane.milestones).filter((m) => m.due === null);
  const byDefault = program.length === 0 ? lanes.map((lane) => lane.slug) : short;
  return { today, filters: { ...filters, program }, byDefault, programs, lanes, chart, undated };
}

/**
 * With more than `topCount` programs, the default timeline draws the `topCount` with the most
 * milestones (of the chosen statuses): a count, which compares across programs whatever their
 * units, and the lanes that hold the most to read. Kept in their usual order. A status view drew
 * every program holding one until, at 1,000 programs, it was 7 MB of HTML and unticking one
 * program made an address longer than the server takes (431).
 */
export function mostMilestones<Lane extends { slug: string; milestones: readonly unknown[] }>(lanes: Lane[]): Lane[] {
  if (lanes.length <= topCount) return lanes;
  const kept = new Set(
    lanes
      .filter((lane) => lane.milestones.length > 0)
      .sort((a, b) => b.milestones.length - a.milestones.length || a.slug.localeCompare(b.slug))
      .slice(0, topCount)
      .map((lane) => lane.slug),
  );
  return lanes.filter((lane) => kept.has(lane.slug));
}

/**
 * No status chosen shows all; "overdue" matches overdue milestones whatever their recorded status,
 * "completed_late" those completed after their deadline.
 */
export function matchesStatus(milestone: MilestoneDto, statuses: TimelineFilters["status"]): boolean {
  if (statuses.length === 0) return true;
  return statuses.some((status) => {
    if (status === "overdue") return milestone.overdue;
    if (status === "completed_late") return milestone.completedLateByDays !== null;
    return milestone.status === status;
  });
}
