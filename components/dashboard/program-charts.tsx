// The two charts of a program page, each a view of a site-wide chart narrowed to the program
// (lib/charts/chart-ref.ts: programCompareParams, programTimelineFilters), so the page, its embed,
// its images and its data show the same marks. Each has its "Share this chart" toolbar; the
// section ids are the anchors pagePath() links to (#funding, #milestones).
import type { ReactNode } from "react";
import { plural } from "@/lib/core/plural";
import { ChartLegend } from "@/components/charts/chart-legend";
import { ChartPanelFigure } from "@/components/charts/chart-panel";
import type { CompareData } from "@/lib/data/compare";
import type { TimelineDto } from "@/lib/data/timeline";
import { TimelineFigure } from "./timeline-figure";
import { TimelineLegend } from "./timeline-legend";

export function ProgramFundingChart({ data, programName, share }: { data: CompareData; programName: string; share: ReactNode }) {
  const panel = data.chart.panels[0];
  return (
    <section id="funding" aria-labelledby="funding-heading" className="mt-10" data-testid="program-funding-chart">
      <h2 id="funding-heading" className="text-xl font-bold">
        Money announced
      </h2>
      <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-300">
        Every current money claim of {programName}, in US dollars at the reference rate of its year. Unverified and disputed claims are
        drawn hatched; ranges stay ranges and nothing is added up.
      </p>
      {panel ? (
        <>
          <ChartLegend chart={data.chart} />
          <ChartPanelFigure panel={panel} idPrefix="funding" />
          {share}
          {/* The claims' cards below carry the same facts: they are the footnotes, not a list repeating them. */}
          <p className="mt-3 max-w-prose text-sm">
            Each bar’s number, as [1], is its claim’s under{" "}
            <a href="#funding-claims-heading" className="underline">
              Funding claims
            </a>{" "}
            below, with its source, kind, confidence and date.
          </p>
        </>
      ) : (
        <p className="mt-3">No money figure recorded.</p>
      )}
    </section>
  );
}

/** The milestones section: the program's lane of the timeline above `children` (the milestone table). */
export function ProgramMilestoneChart({
  timeline,
  programName,
  share,
  children,
}: {
  timeline: TimelineDto;
  programName: string;
  share: ReactNode;
  children: ReactNode;
}) {
  const milestones = timeline.lanes.flatMap((lane) => lane.milestones);
  const dated = milestones.length - timeline.undated.length;
  return (
    <section id="milestones" aria-labelledby="milestones-heading" className="mt-10" data-testid="program-milestone-chart">
      <h2 id="milestones-heading" className="text-xl font-bold">
        Milestones
      </h2>
      {dated > 0 && (
        <>
          <TimelineLegend />
          <TimelineFigure
            chart={timeline.chart}
            label={`Milestones of ${programName} chart`}
            title={`${plural(dated, "milestone")} of ${programName} on a time axis`}
            description={
              "Marks show due dates by status, a red ring flags an overdue milestone, a dashed line runs from " +
              "a first due date to the current one, and the dashed vertical line is today. The table below " +
              "lists the same milestones with their sources."
            }
            undated={timeline.undated.length}
          />
          {share}
        </>
      )}
      {children}
    </section>
  );
}
