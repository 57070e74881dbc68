import type { ChartPanel } from "@/lib/charts/compare-types";
import { renderBarChart } from "@/lib/charts/render-bar-chart";

// The SVG is generated on the server by recharts (see lib/charts/render-bar-chart.ts) from our own
// rows; React escaped every database text while rendering it, so injecting the markup is safe.
// Two layouts are drawn and CSS shows one: the wide one (labels on an axis) from 640 px up, the
// narrow one (labels above bars, larger text) below, so a phone never scrolls sideways and no text
// is scaled under 11 px. The hidden one is display:none, so it is out of the accessibility tree too.
// The wrapper overrides recharts' fixed pixel size so the viewBox scales with the column.
const svgBox = "font-sans [&_.recharts-wrapper]:h-auto! [&_.recharts-wrapper]:w-full! [&_svg]:h-auto! [&_svg]:w-full!";

export function ChartPanelFigure({ panel, idPrefix, headingLevel = 3 }: { panel: ChartPanel; idPrefix: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const title = `${panel.title}: ${panel.rows.length} ${panel.rows.length === 1 ? "claim" : "claims"}`;
  const wide = renderBarChart(panel, { idPrefix, title });
  const narrow = renderBarChart(panel, { idPrefix: `${idPrefix}-n`, title, variant: "narrow" });
  const notDrawn = panel.rows.filter((row) => row.notDrawn !== null);
  return (
    <figure className="mt-6" data-panel={panel.key}>
      <Heading className="text-lg font-semibold">{panel.title}</Heading>
      {wide === "" ? (
        <p className="mt-2 text-sm">Nothing on this axis can be drawn; the footnotes list the claims and why.</p>
      ) : (
        <div
          role="region"
          aria-label={`${panel.title} chart`}
          tabIndex={0}
          className={
            "chart-svg mt-2 overflow-x-auto rounded border border-slate-200 bg-white p-2 text-slate-900 " +
            "focus:outline focus:outline-2 focus:outline-blue-700 dark:border-slate-700 dark:bg-slate-900 " +
            "dark:text-slate-100"
          }
        >
          <div
            data-testid="chart-svg"
            data-variant="wide"
            className={`mx-auto hidden max-w-[760px] sm:block ${svgBox}`}
            dangerouslySetInnerHTML={{ __html: wide }}
          />
          <div
            data-testid="chart-svg-narrow"
            data-variant="narrow"
            className={`sm:hidden ${svgBox}`}
            dangerouslySetInnerHTML={{ __html: narrow }}
          />
          <p className="mt-1 text-sm text-slate-600 sm:hidden dark:text-slate-300">{panel.axisLabel}</p>
        </div>
      )}
      {notDrawn.length > 0 && (
        <figcaption className="mt-2 text-sm">
          Not drawn on this axis: {notDrawn.map((row) => `[${row.n}] ${row.programName} (${row.notDrawn})`).join("; ")}
        </figcaption>
      )}
    </figure>
  );
}
