import type { TimelineChart as Chart } from "@/lib/charts/timeline-layout";
import { TimelineChart } from "./timeline-chart";

type Props = { chart: Chart; label: string; title: string; description: string; undated: number };

/** The timeline in its scrollable, focusable frame, with the caption every timeline carries. */
export function TimelineFigure({ chart, label, title, description, undated }: Props) {
  return (
    <figure className="mt-4">
      <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto rounded border border-slate-200 focus:outline-2 focus:outline-blue-700 dark:border-slate-800">
        <TimelineChart chart={chart} title={title} description={description} />
      </div>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-300">
        Hover a mark for its details. {undated > 0 && `${undated} milestones without a known date are listed in the table only.`}
      </figcaption>
    </figure>
  );
}
