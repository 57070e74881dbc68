import { legendEntries, legendText } from "@/lib/charts/legend";
import type { ChartRow } from "@/lib/charts/compare-types";

// The site's legend (components/charts/chart-legend.tsx) paints its swatches with inline styles; the
// embed's stylesheet (embed-css.ts) paints them in the same colours (legendSwatchColours).
export function CompareLegend({ rows }: { rows: readonly ChartRow[] }) {
  const entries = legendEntries(rows);
  if (entries.length === 0) return null;
  return (
    <ul aria-label="Legend" className="legend">
      {entries.map((entry) => (
        <li key={entry}>
          <span aria-hidden="true" className={`swatch swatch-${entry}`} />
          {legendText[entry]}
        </li>
      ))}
    </ul>
  );
}
