import "server-only";
// The /timeline chart (and a program's milestones chart) as one image document: the lanes, a
// legend of the marks, the key of the numbered marks, and a one-line source pointing to the page
// (whose table lists every milestone with its sources, under the same numbers).
import { StatusGlyph, OVERDUE_COLOR } from "@/components/dashboard/milestone-status";
import { TimelineChart } from "@/components/dashboard/timeline-chart";
import { renderMarkup } from "@/lib/charts/node-react";
import { statusName } from "@/lib/data/milestone-dto";
import type { MilestoneDto } from "@/lib/schemas/api/common";
import type { TimelineDto } from "@/lib/data/timeline";
import { plural } from "@/lib/core/plural";
import { milestoneStatuses } from "@/lib/core/vocabulary";
import type { ImageContext } from "./compare-image";
import { footerBlocks, noteBlock, subtitleDate, titleBlocks } from "./document-parts";
import { CONTENT_WIDTH, renderDocument, type Block } from "./layout";
import { markKeySvg, type KeyGroup } from "./mark-key";

/** Every source a milestone cites: the one that set its date, the one that moved it, the one that reports it done. */
const milestoneSources = (m: MilestoneDto) => [m.source, m.movedBy, m.completionSource];

/** Each lane's drawn marks by number: the milestone's title and when it is due. */
export function markKeyGroups(timeline: TimelineDto): KeyGroup[] {
  const byId = new Map(timeline.lanes.flatMap((lane) => lane.milestones.map((m) => [m.id, m] as const)));
  return timeline.chart.lanes
    .map((lane) => ({
      heading: lane.label,
      items: lane.marks.map((mark) => {
        const milestone = byId.get(mark.id);
        const due = milestone?.due ? ` (due ${milestone.due.label})` : "";
        return { n: mark.n, text: `${milestone?.title ?? mark.tooltip}${due}` };
      }),
    }))
    .filter((group) => group.items.length > 0);
}

// The page's legend (TimelineLegend) is HTML; the image draws the same key as SVG.
function TimelineKey() {
  const entries = milestoneStatuses.map((status) => ({ status, label: statusName(status) }));
  const step = CONTENT_WIDTH / (entries.length + 1);
  return (
    <svg viewBox={`0 0 ${CONTENT_WIDTH} 24`}>
      {entries.map((entry, index) => (
        <g key={entry.status}>
          <StatusGlyph status={entry.status} x={index * step + 8} y={12} />
          <text x={index * step + 20} y={17} fontSize={14} fill="#0f172a">
            {entry.label}
          </text>
        </g>
      ))}
      <circle cx={entries.length * step + 8} cy={12} r={8} fill="none" stroke={OVERDUE_COLOR} strokeWidth={2} />
      <text x={entries.length * step + 22} y={17} fontSize={14} fill="#0f172a">
        Overdue
      </text>
    </svg>
  );
}

export function composeTimelineImage(timeline: TimelineDto, pin: string | null, context: ImageContext): string {
  const milestones = timeline.lanes.flatMap((lane) => lane.milestones);
  const key = markKeySvg(markKeyGroups(timeline), CONTENT_WIDTH);
  const dated = milestones.length - timeline.undated.length;
  const chart = renderMarkup(
    <TimelineChart
      chart={timeline.chart}
      title={context.title}
      description={`${plural(dated, "milestone")} in ${plural(timeline.lanes.length, "program")}, judged on ${timeline.today}.`}
    />,
  );
  const blocks: Block[] = [
    ...titleBlocks(
      context.title,
      `Due dates by status, one lane per program, judged on ${timeline.today} · ${subtitleDate(pin, context.dataDay)}`,
    ),
    { type: "chart", markup: renderMarkup(<TimelineKey />), gapBefore: 16 },
    { type: "chart", markup: chart, gapBefore: 8 },
    noteBlock(
      "A dashed line runs from a milestone's first due date to its current one; a red line, from a " +
        "deadline to a late completion; a shaded bar, a date known only to the month, quarter or year. " +
        "The dashed vertical line is the day the chart is judged on.",
      12,
    ),
    ...(timeline.undated.length > 0
      ? [
          noteBlock(
            `${plural(timeline.undated.length, "milestone")} without a known date ` +
              `${timeline.undated.length === 1 ? "is" : "are"} not drawn; the page lists them.`,
          ),
        ]
      : []),
    ...(key ? [{ type: "chart", markup: key, gapBefore: 20 } as Block] : []),
    ...footerBlocks(context.dataDay, context.permalink, milestones.flatMap(milestoneSources)),
  ];
  return renderDocument({
    title: context.title,
    description: `${context.title}. Data as of ${context.dataDay}. ${context.permalink}`,
    blocks,
  });
}
