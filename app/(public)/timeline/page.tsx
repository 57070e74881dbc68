import type { Metadata } from "next";
import { MilestoneTable } from "@/components/dashboard/milestone-table";
import { markNumbers } from "@/lib/charts/timeline-layout";
import { PublicPage } from "@/components/dashboard/public-page";
import { ShareToolbar } from "@/components/share/share-toolbar";
import { TimelineFigure } from "@/components/dashboard/timeline-figure";
import { TimelineFilterForm } from "@/components/dashboard/timeline-filter-form";
import { TimelineLegend } from "@/components/dashboard/timeline-legend";
import { asOfDay } from "@/lib/dashboard/as-of";
import type { SearchParams } from "@/lib/dashboard/search-params";
import { parseTimelineFilters } from "@/lib/dashboard/timeline-params";
import { loadTimeline } from "@/lib/data/timeline";
import { topCount } from "@/lib/data/compare";
import { findText, listedPrograms, searchProgramNames } from "@/lib/data/program-names";
import { parseAsOf } from "@/lib/dashboard/as-of";
import { prisma } from "@/lib/db";
import { chartTitle, pagePath, parseTimelineRef, type ChartRef } from "@/lib/charts/chart-ref";
import { oembedMetadata, shareContext } from "@/lib/embed/share-context";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: "Timeline", ...(await oembedMetadata(pagePath(parseTimelineRef(await searchParams)), "Timeline")) };
}

export default async function TimelinePage({ searchParams }: Props) {
  const query = await searchParams;
  const knownBy = parseAsOf(query.asOf);
  const filters = parseTimelineFilters(query);
  // The picker's search without JavaScript: its matches are listed, unticked.
  const find = findText(query);
  const [timeline, share, found] = await Promise.all([
    loadTimeline(prisma(), knownBy, filters),
    shareContext(),
    searchProgramNames(prisma(), find, knownBy),
  ]);
  const chart: ChartRef = { kind: "timeline", filters, asOf: asOfDay(knownBy) };
  const names = new Map(timeline.programs.map((p) => [p.slug, p.name]));
  const milestones = timeline.lanes.flatMap((lane) => lane.milestones);
  const dated = milestones.length - timeline.undated.length;
  return (
    <PublicPage knownBy={knownBy} livePath={pagePath({ ...chart, asOf: null })}>
      <h1 className="text-2xl font-bold">Timeline</h1>
      {/* One line, then the chart. Its marks are links (many Tab stops): the filters, after it, are one link away. */}
      <p className="mt-1 max-w-prose text-slate-600 dark:text-slate-300">
        Every milestone on one time axis, a lane per program, judged on {timeline.today} (
        <a href="#filters" className="underline">
          filters
        </a>{" "}
        below the chart).
      </p>
      <TimelineFigure
        chart={timeline.chart}
        label="Timeline chart"
        title={`Timeline of ${dated} milestones in ${timeline.lanes.length} programs`}
        description={
          "Each lane is a program; marks show due dates by status, a red ring flags an overdue milestone, " +
          "a dashed line runs from a first due date to the current one, and the dashed vertical line is " +
          "today. The table below lists the same milestones."
        }
        undated={timeline.undated.length}
      />
      <TimelineLegend />
      <p className="mt-2 max-w-prose text-sm text-slate-600 dark:text-slate-300">
        Deadlines set “N days after” an event are resolved to dates; a date known only to the month, quarter or year counts as met until
        that period ends.
      </p>
      <div id="filters" className="scroll-mt-4">
        <TimelineFilterForm
          filters={filters}
          programs={listedPrograms(
            timeline.programs,
            filters.program,
            // A short list is listed whole, whatever is chosen; a long one, its busiest lanes.
            (timeline.programs.length <= topCount ? timeline.programs : timeline.lanes.slice(0, topCount)).map((p) => p.slug),
            found.names.map((p) => p.slug),
          )}
          total={timeline.programs.length}
          asOf={asOfDay(knownBy)}
          find={find ? { text: find, matches: found.more ? Infinity : found.names.length } : undefined}
        />
      </div>
      <ShareToolbar chart={chart} title={chartTitle(chart, (slug) => names.get(slug))} idPrefix="timeline" {...share} />
      <h2 className="mt-10 text-xl font-bold">Milestones in a table</h2>
      <MilestoneTable
        milestones={milestones}
        caption="Milestones shown on the timeline"
        knownBy={knownBy}
        showProgram
        numbers={markNumbers(timeline.chart)}
      />
    </PublicPage>
  );
}
