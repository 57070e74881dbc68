import type { ChartPanel } from "@/lib/charts/compare-types";
import { renderBarChart } from "@/lib/charts/render-bar-chart";

// The SVG is generated on the server by recharts (see lib/charts/render-bar-chart.ts) from our own
// rows; React escaped every database text while rendering it, so injecting the markup is safe.
// The wrapper overrides recharts' fixed pixel size so the viewBox scales with the column; below
// ~540 px it scrolls sideways instead of shrinking the text further (the table view reflows).
export function ChartPanelFigure({ panel, idPrefix, headingLevel = 3 }: { panel: ChartPanel; idPrefix: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const svg = renderBarChart(panel, { idPrefix, title: `${panel.title}: ${panel.rows.length} ${panel.rows.length === 1 ? "claim" : "claims"}` });
  const notDrawn = panel.rows.filter((row) => row.notDrawn !== null);
  return (
    <figure className="mt-6" data-panel={panel.key}>
      <Heading className="text-lg font-semibold">{panel.title}</Heading>
      {svg === "" ? (
        <p className="mt-2 text-sm">Nothing on this axis can be drawn; the footnotes list the claims and why.</p>
      ) : (
        <div
          role="region"
          aria-label={`${panel.title} chart`}
          tabIndex={0}
          className="mt-2 overflow-x-auto rounded border border-slate-200 bg-white p-2 text-slate-900 focus:outline focus:outline-2 focus:outline-blue-700 dark:border-slate-700"
        >
          <div
            data-testid="chart-svg"
            className="mx-auto min-w-[540px] max-w-[760px] font-sans [&_.recharts-wrapper]:h-auto! [&_.recharts-wrapper]:w-full! [&_svg]:h-auto! [&_svg]:w-full!"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
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
