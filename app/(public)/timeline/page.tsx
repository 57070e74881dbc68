import type { Metadata } from "next";
import { plural } from "@/lib/core/plural";
import { redirect } from "next/navigation";
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
import { findText, listedPrograms, searchProgramNames, withFind } from "@/lib/data/program-names";
import { parseAsOf } from "@/lib/dashboard/as-of";
import { prisma } from "@/lib/db";
import { chartQuery, chartTitle, pagePath, parseTimelineRef, type ChartRef } from "@/lib/charts/chart-ref";
import { receivedQuery } from "@/lib/dashboard/compare-params";
import { shownSelection } from "@/lib/dashboard/program-selection";
import { oembedMetadata, shareContext } from "@/lib/embed/share-context";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: "Timeline", ...(await oembedMetadata(pagePath(parseTimelineRef(await searchParams)), "Timeline")) };
}

export default async function TimelinePage({ searchParams }: Props) {
  // `find`: the picker's search without JavaScript (its matches are listed, unticked), not part of the view's address.
  const { find: _find, ...query } = await searchParams;
  const find = findText({ find: _find });
  const knownBy = parseAsOf(query.asOf);
  const [timeline, share, found] = await Promise.all([
    loadTimeline(prisma(), knownBy, parseTimelineFilters(query)),
    shareContext(),
    searchProgramNames(prisma(), find, knownBy),
  ]);
  const { filters, byDefault } = timeline;
  const chart: ChartRef = { kind: "timeline", filters, asOf: asOfDay(knownBy) };
  // One view, one address: what the form submits without JavaScript (the default ticks included) becomes the permalink.
  if (chartQuery(chart).toString() !== receivedQuery(query)) redirect(withFind(pagePath(chart), find));
  const shown = shownSelection(filters.program, byDefault);
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
        title={`Timeline of ${plural(dated, "milestone")} in ${plural(timeline.lanes.length, "program")}`}
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
        {/* Keyed by the view: a folded selection (every box unticked is the default, drawn ticked) shows as the server drew it. */}
        <TimelineFilterForm
          key={chartQuery(chart).toString()}
          filters={filters}
          shown={shown}
          // Known while the default is shown, and for a short list (every program, listed whole whatever is chosen).
          byDefault={byDefault ?? []}
          programs={listedPrograms(
            timeline.programs,
            shown,
            byDefault ?? [],
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
