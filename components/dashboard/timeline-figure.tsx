import { relayoutTimeline, type TimelineChart as Chart } from "@/lib/charts/timeline-layout";
import { plural } from "@/lib/core/plural";
import { StaticMarkup } from "./static-markup";
import { TimelineChart } from "./timeline-chart";
import { TimelineTooltip } from "./timeline-tooltip";

type Props = { chart: Chart; label: string; title: string; description: string; undated: number };

// Phones get the chart laid out again 340 px wide (fewer ticks, lanes packed anew), so it fits a
// 390 px screen without scrolling and its 11 px texts are not scaled down; CSS shows one of the two.
const NARROW_WIDTH = 340;

/** The timeline in its focusable frame, with its tooltip and the caption every timeline carries. */
export function TimelineFigure({ chart, label, title, description, undated }: Props) {
  return (
    <figure className="mt-4">
      <div className="relative">
        <div
          role="region"
          aria-label={label}
          tabIndex={0}
          className="overflow-x-auto rounded border border-slate-200 focus:outline-2 focus:outline-blue-700 dark:border-slate-800"
        >
          <StaticMarkup className="hidden sm:block">
            <TimelineChart chart={chart} title={title} description={description} linked />
          </StaticMarkup>
          <StaticMarkup className="sm:hidden" data-variant="narrow">
            <TimelineChart
              chart={relayoutTimeline(chart, NARROW_WIDTH)}
              title={title}
              description={description}
              linked
              idPrefix="timeline-n"
              className=""
            />
          </StaticMarkup>
        </div>
        <TimelineTooltip />
      </div>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-300">
        Each mark&apos;s number is its row in the table below; hover, focus or tap a mark for its details.{" "}
        {undated > 0 && `${plural(undated, "milestone")} without a known date ${undated === 1 ? "is" : "are"} listed in the table only.`}
      </figcaption>
    </figure>
  );
}
