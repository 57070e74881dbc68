// The timeline chart as geometry: lanes (one per program), a row per overlapping mark, an axis and
// a today line. The component only draws what this returns.
import { timeDomain, timeScale, timeTicks, type TimeDomain } from "./timeline-axis";
import { addDays, periodEnd, periodStart, type IsoDate } from "@/lib/core/dates";
import { deadlineOf, type DueDate, type MilestoneStatus } from "./timeline-due";
import { packRows, rowCount } from "./timeline-lanes";

export type TimelineItem = {
  id: string;
  due: DueDate | null;
  original: DueDate | null;
  completedOn: IsoDate | null;
  completedLate: boolean;
  status: MilestoneStatus;
  overdue: boolean;
  tooltip: string;
};

export type TimelineLaneInput = { key: string; label: string; items: TimelineItem[] };

export type TimelineMark = {
  id: string;
  y: number;
  x: number;
  // A coarse date (a quarter, a year) spans its whole period.
  period: { x0: number; x1: number } | null;
  original: { x: number } | null;
  completion: { x: number } | null;
  status: MilestoneStatus;
  overdue: boolean;
  tooltip: string;
};

export type TimelineLane = { key: string; label: string; y: number; height: number; marks: TimelineMark[] };

export type TimelineChart = {
  width: number;
  height: number;
  domain: TimeDomain;
  axis: { y: number; ticks: { x: number; label: string }[] };
  today: { x: number; date: IsoDate };
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: TimelineLane[];
};

export const TIMELINE_GEOMETRY = { width: 960, margin: 16, axisHeight: 28, laneHeader: 20, rowHeight: 18, lanePadding: 8, gap: 10 } as const;

function itemDates(item: TimelineItem): IsoDate[] {
  const dates: IsoDate[] = [];
  for (const due of [item.due, item.original]) {
    if (due) dates.push(periodStart(due.on, due.precision), periodEnd(due.on, due.precision));
  }
  if (item.completedOn) dates.push(item.completedOn);
  return dates;
}

export function layoutTimeline(lanes: TimelineLaneInput[], today: IsoDate): TimelineChart {
  const g = TIMELINE_GEOMETRY;
  const placed = lanes.map((lane) => ({ ...lane, items: lane.items.filter((item) => item.due !== null) }));
  const domain = timeDomain(placed.flatMap((lane) => lane.items.flatMap(itemDates)), today);
  const left = g.margin;
  const right = g.width - g.margin;
  const x = timeScale(domain, left, right);
  const top = g.axisHeight;
  let y = top;
  const laidOut = placed.map((lane) => {
    const marks = lane.items.map((item) => markOf(item, x));
    const rows = packRows(marks.map((mark) => ({ id: mark.id, ...extent(mark) })), g.gap);
    const height = g.laneHeader + rowCount(rows) * g.rowHeight + g.lanePadding;
    const laneY = y;
    y += height;
    const withRows = marks.map((mark) => ({ ...mark, y: laneY + g.laneHeader + (rows.get(mark.id) ?? 0) * g.rowHeight + g.rowHeight / 2 }));
    return { key: lane.key, label: lane.label, y: laneY, height, marks: withRows };
  });
  return {
    width: g.width,
    height: y + g.margin,
    domain,
    axis: { y: top, ticks: timeTicks(domain).map((tick) => ({ x: x(tick.date), label: tick.label })) },
    today: { x: x(today), date: today },
    plot: { left, right, top, bottom: y },
    lanes: laidOut,
  };
}

function markOf(item: TimelineItem, x: (iso: IsoDate) => number): TimelineMark {
  const due = item.due!;
  const coarse = due.precision !== "day";
  return {
    id: item.id,
    y: 0,
    x: x(deadlineOf(due)),
    // The period bar ends at the start of the day after the period, so a year spans its full width.
    period: coarse ? { x0: x(periodStart(due.on, due.precision)), x1: x(addDays(deadlineOf(due), 1)) } : null,
    original: item.original && deadlineOf(item.original) !== deadlineOf(due) ? { x: x(deadlineOf(item.original)) } : null,
    completion: item.completedLate && item.completedOn ? { x: x(item.completedOn) } : null,
    status: item.status,
    overdue: item.overdue,
    tooltip: item.tooltip,
  };
}

// Horizontal room a mark needs: its period, its original date, its completion, and the marker itself.
const MARKER_RADIUS = 6;
function extent(mark: TimelineMark): { x0: number; x1: number } {
  const xs = [mark.x, mark.period?.x0, mark.period?.x1, mark.original?.x, mark.completion?.x].filter((v): v is number => v !== undefined);
  return { x0: Math.min(...xs) - MARKER_RADIUS, x1: Math.max(...xs) + MARKER_RADIUS };
}
