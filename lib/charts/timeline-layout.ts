// The timeline chart as geometry: lanes (one per program), a row per overlapping mark, an axis and
// a today line. The component only draws what this returns.
import { timeDomain, timeScale, timeTicks, type TimeDomain } from "./timeline-axis";
import { addDays, periodEnd, periodStart, type IsoDate } from "@/lib/core/dates";
import { deadlineOf, type DueDate, type MilestoneStatus } from "./timeline-due";
import { packRows, rowCount } from "./timeline-lanes";
import { estimateWidth } from "./text-wrap";

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
  /** Its number, 1-based across the chart in lane order: printed beside the mark and in the table row. */
  n: number;
  /** Which side of the marker the number sits on: the left when the right would run off the chart. */
  numberSide: "right" | "left";
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
  today: { x: number; date: IsoDate; anchor: "start" | "end" };
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: TimelineLane[];
};

export const TIMELINE_GEOMETRY = {
  width: 960,
  margin: 16,
  axisHeight: 28,
  laneHeader: 20,
  rowHeight: 18,
  lanePadding: 8,
  gap: 10,
} as const;

// Numbers and the today label are 11 px: a digit is at most 7 px wide, "Today (2026-12-05)" 110 px.
const DIGIT = 7;
const NUMBER_GAP = 9;

/** The red ring around an overdue mark, as timeline-chart.tsx draws it. */
export const OVERDUE_RING = { radius: 8.5, strokeWidth: 2 } as const;
// How far the ring reaches from the mark's centre, its stroke included.
export const RING_OUTER = OVERDUE_RING.radius + OVERDUE_RING.strokeWidth / 2;
// An overdue mark's number starts clear of its own ring.
const RING_NUMBER_GAP = RING_OUTER + 2.5;
// A lane with an overdue mark spaces its rows so two rings one above the other keep 3 px apart
// (18 px rows put two 19 px rings 1 px into each other).
const RING_ROW_HEIGHT = 2 * RING_OUTER + 3;
const TODAY_LABEL = 116;

function itemDates(item: TimelineItem): IsoDate[] {
  const dates: IsoDate[] = [];
  for (const due of [item.due, item.original]) {
    if (due) dates.push(periodStart(due.on, due.precision), periodEnd(due.on, due.precision));
  }
  if (item.completedOn) dates.push(item.completedOn);
  return dates;
}

export function layoutTimeline(lanes: TimelineLaneInput[], today: IsoDate): TimelineChart {
  const placed = lanes.map((lane) => ({ ...lane, items: lane.items.filter((item) => item.due !== null) }));
  const domain = timeDomain(
    placed.flatMap((lane) => lane.items.flatMap(itemDates)),
    today,
  );
  const x = timeScale(domain, TIMELINE_GEOMETRY.margin, TIMELINE_GEOMETRY.width - TIMELINE_GEOMETRY.margin);
  let n = 0;
  const marked = placed.map((lane) => ({
    key: lane.key,
    label: lane.label,
    y: 0,
    height: 0,
    marks: lane.items.map((item) => markOf(item, x, (n += 1))),
  }));
  return arrange(marked, domain, today, TIMELINE_GEOMETRY.width, x, ...tickBudgets(TIMELINE_GEOMETRY.width));
}

/**
 * The same chart laid out again at another width (a phone's): every x scaled, fewer ticks, and the
 * lanes packed anew, since marks that stood apart may now overlap.
 */
export function relayoutTimeline(chart: TimelineChart, width: number): TimelineChart {
  const { margin } = TIMELINE_GEOMETRY;
  const from = chart.plot;
  const scale = (v: number) => Math.round((margin + ((v - from.left) / (from.right - from.left)) * (width - 2 * margin)) * 10) / 10;
  const lanes = chart.lanes.map((lane) => ({
    ...lane,
    marks: lane.marks.map((mark) => ({
      ...mark,
      x: scale(mark.x),
      period: mark.period && { x0: scale(mark.period.x0), x1: scale(mark.period.x1) },
      original: mark.original && { x: scale(mark.original.x) },
      completion: mark.completion && { x: scale(mark.completion.x) },
    })),
  }));
  const x = timeScale(chart.domain, margin, width - margin);
  return arrange(lanes, chart.domain, chart.today.date, width, x, ...tickBudgets(width));
}

// A year label ("2026", 11 px) and the space that keeps it off its neighbours.
const YEAR_LABEL_ROOM = Math.ceil(estimateWidth("2026", { fontSize: 11 }) * 1.1) + 8;

/**
 * How many ticks an axis this wide labels: month labels ("Jan 2026") about 90 px apart, year labels
 * ("2026") as close as their own room allows; at least 2 of each, so the axis always names its span.
 */
export function tickBudgets(width: number): [maxTicks: number, maxYearTicks: number] {
  const plotWidth = width - 2 * TIMELINE_GEOMETRY.margin;
  return [Math.max(2, Math.floor(width / 90)), Math.max(2, Math.floor(plotWidth / YEAR_LABEL_ROOM))];
}

function arrange(
  lanes: TimelineLane[],
  domain: TimeDomain,
  today: IsoDate,
  width: number,
  x: (iso: IsoDate) => number,
  maxTicks: number,
  maxYearTicks = maxTicks,
): TimelineChart {
  const g = TIMELINE_GEOMETRY;
  const left = g.margin;
  const right = width - g.margin;
  const top = g.axisHeight;
  let y = top;
  const laidOut = lanes.map((lane) => {
    const marks = lane.marks.map((mark) => ({ ...mark, numberSide: numberSide(mark, width) }));
    const rows = packRows(
      marks.map((mark) => ({ id: mark.id, ...extent(mark) })),
      g.gap,
    );
    const rowHeight = marks.some((mark) => mark.overdue) ? RING_ROW_HEIGHT : g.rowHeight;
    const height = g.laneHeader + rowCount(rows) * rowHeight + g.lanePadding;
    const laneY = y;
    y += height;
    const withRows = marks.map((mark) => ({ ...mark, y: laneY + g.laneHeader + (rows.get(mark.id) ?? 0) * rowHeight + rowHeight / 2 }));
    return { key: lane.key, label: lane.label, y: laneY, height, marks: withRows };
  });
  const todayX = x(today);
  return {
    width,
    height: y + g.margin,
    domain,
    axis: { y: top, ticks: timeTicks(domain, maxTicks, maxYearTicks).map((tick) => ({ x: x(tick.date), label: tick.label })) },
    // The label reads leftwards from the line when it would otherwise run off the right edge.
    today: { x: todayX, date: today, anchor: todayX + 4 + TODAY_LABEL > width ? "end" : "start" },
    plot: { left, right, top, bottom: y },
    lanes: laidOut,
  };
}

function numberWidth(n: number): number {
  return String(n).length * DIGIT;
}

function numberSide(mark: TimelineMark, width: number): "right" | "left" {
  const end = Math.max(mark.x, mark.completion?.x ?? mark.x, mark.period?.x1 ?? mark.x);
  return end + numberGap(mark) + numberWidth(mark.n) > width ? "left" : "right";
}

function numberGap(mark: TimelineMark): number {
  return mark.overdue ? RING_NUMBER_GAP : NUMBER_GAP;
}

/** Where a mark's number starts (its text anchor follows the side). */
export function numberX(mark: TimelineMark): number {
  if (mark.numberSide === "left") return Math.min(mark.x, mark.original?.x ?? mark.x, mark.period?.x0 ?? mark.x) - numberGap(mark);
  return Math.max(mark.x, mark.completion?.x ?? mark.x, mark.period?.x1 ?? mark.x) + numberGap(mark);
}

function markOf(item: TimelineItem, x: (iso: IsoDate) => number, n: number): TimelineMark {
  const due = item.due!;
  const coarse = due.precision !== "day";
  return {
    id: item.id,
    n,
    numberSide: "right",
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

// Horizontal room a mark needs: its period, its original date, its completion, the marker itself
// (with its ring when overdue) and its number.
const MARKER_RADIUS = 6;
function extent(mark: TimelineMark): { x0: number; x1: number } {
  const xs = [mark.x, mark.period?.x0, mark.period?.x1, mark.original?.x, mark.completion?.x].filter((v): v is number => v !== undefined);
  const label = numberWidth(mark.n) + 2;
  const radius = mark.overdue ? RING_OUTER : MARKER_RADIUS;
  const x0 = Math.min(...xs) - radius;
  const x1 = Math.max(...xs) + radius;
  return mark.numberSide === "left" ? { x0: Math.min(x0, numberX(mark) - label), x1 } : { x0, x1: Math.max(x1, numberX(mark) + label) };
}

/**
 * The id of the table cell a mark links to and is named by (its row's title cell). A number, not the
 * milestone's id: each chart layout repeats it for every mark, and a page may draw two layouts.
 */
export function markAnchor(n: number): string {
  return `mark-${n}`;
}

/** Each drawn milestone's number, for the table rows the marks are keyed to. */
export function markNumbers(chart: TimelineChart): Map<string, number> {
  return new Map(chart.lanes.flatMap((lane) => lane.marks.map((mark) => [mark.id, mark.n] as const)));
}
