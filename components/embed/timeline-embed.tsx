import { TimelineChart } from "@/components/dashboard/timeline-chart";
import { TimelineLegend } from "@/components/dashboard/timeline-legend";
import type { EmbedChart } from "@/lib/embed/render/embed-model";
import { relayoutTimeline } from "@/lib/charts/timeline-layout";
import { plural } from "@/lib/core/plural";

const description =
  "Each lane is a program; marks show due dates by status, a red ring flags an overdue milestone, " +
  "a dashed line runs from a first due date to the current one, and the dashed vertical line is " +
  "today. The table and the sources list the same milestones.";

export function TimelineEmbed({ chart, title }: { chart: Extract<EmbedChart, { kind: "timeline" }>; title: string }) {
  if (chart.dated === 0) {
    return (
      <p data-testid="embed-empty">
        No milestone with a known date matches these options, so there is nothing to draw.
        {chart.undated > 0 && ` ${plural(chart.undated, "milestone")} without a date ${chart.undated === 1 ? "is" : "are"} listed below.`}
      </p>
    );
  }
  return (
    <>
      <div className="legend">
        <TimelineLegend />
      </div>
      <figure className="chart timeline">
        <div className="scroll" role="region" aria-label="Timeline chart" tabIndex={0}>
          <div className="wide">
            <TimelineChart chart={chart.chart} title={title} description={description} />
          </div>
          {/* Laid out anew 340 px wide for a phone's frame (as the /timeline page does); CSS shows one. */}
          <div className="narrow">
            <TimelineChart
              chart={relayoutTimeline(chart.chart, 340)}
              title={title}
              description={description}
              idPrefix="timeline-n"
              className=""
            />
          </div>
        </div>
        {chart.undated > 0 && (
          <figcaption className="notes">
            {plural(chart.undated, "milestone")} without a known date {chart.undated === 1 ? "is" : "are"} in the table only.
          </figcaption>
        )}
      </figure>
    </>
  );
}
