import "server-only";
// The /timeline chart (and a program's milestones chart) as one image document: the lanes, a
// legend of the marks, and the sources of the milestones drawn.
import { StatusGlyph, OVERDUE_COLOR } from "@/components/dashboard/milestone-status";
import { TimelineChart } from "@/components/dashboard/timeline-chart";
import { renderMarkup } from "@/lib/charts/node-react";
import { statusName } from "@/lib/data/milestone-dto";
import type { SourceDto, MilestoneDto } from "@/lib/schemas/api/common";
import type { TimelineDto } from "@/lib/data/timeline";
import { milestoneStatuses } from "@/lib/core/vocabulary";
import type { ImageContext } from "./compare-image";
import { footerBlocks, headingBlock, noteBlock, numberedBlock, sourceText, subtitleDate, titleBlocks } from "./document-parts";
import { CONTENT_WIDTH, renderDocument, type Block } from "./layout";

/** Each distinct source of the milestones shown (the one that set a date and the one that moved it), in order. */
export function timelineSources(milestones: readonly MilestoneDto[]): SourceDto[] {
  const seen = new Map<string, SourceDto>();
  for (const milestone of milestones) {
    for (const source of [milestone.source, milestone.movedBy]) if (source && !seen.has(source.id)) seen.set(source.id, source);
  }
  return [...seen.values()];
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
  const sources = timelineSources(milestones);
  const dated = milestones.length - timeline.undated.length;
  const chart = renderMarkup(
    <TimelineChart
      chart={timeline.chart}
      title={context.title}
      description={`${dated} milestones in ${timeline.lanes.length} programs, judged on ${timeline.today}.`}
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
      ? [noteBlock(`${timeline.undated.length} milestones without a known date are not drawn; the page lists them.`)]
      : []),
    ...(sources.length > 0
      ? [headingBlock("Sources"), ...sources.map((source, index) => numberedBlock(index + 1, sourceText(source)))]
      : []),
    ...footerBlocks(context.dataDay, context.permalink),
  ];
  return renderDocument({
    title: context.title,
    description: `${context.title}. Data as of ${context.dataDay}. ${context.permalink}`,
    blocks,
  });
}
