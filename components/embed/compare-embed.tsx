import type { EmbedChart } from "@/lib/embed/render/embed-model";
import { CompareLegend } from "./compare-legend";

// The SVG of each panel was drawn by recharts on the server from our own rows, and React escaped
// every database text while drawing it, so injecting the markup is safe. Both layouts are sent; the
// embed's CSS shows the narrow one in a frame under 640 px, so a phone never scrolls sideways.
export function CompareEmbed({ chart }: { chart: Extract<EmbedChart, { kind: "compare" }> }) {
  if (chart.rows.length === 0) return <p data-testid="embed-empty">No figure matches these options, so there is nothing to draw.</p>;
  const several = chart.panels.length > 1;
  return (
    <>
      <CompareLegend rows={chart.rows} />
      {chart.panels.map(({ panel, svg, narrow }) => (
        <figure key={panel.key} className="chart" data-panel={panel.key}>
          {several && <h2>{panel.title}</h2>}
          {svg === "" ? (
            <p>Nothing on this axis can be drawn; the sources below list the claims.</p>
          ) : (
            <div className="scroll" role="region" aria-label={`${panel.title} chart`} tabIndex={0}>
              <div className="wide" dangerouslySetInnerHTML={{ __html: svg }} />
              <div className="narrow" dangerouslySetInnerHTML={{ __html: narrow }} />
            </div>
          )}
        </figure>
      ))}
      {chart.notes.length > 0 && (
        <ul className="notes" aria-label="About this chart">
          {chart.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}
