import type { CSSProperties } from "react";
import { legendEntries, legendText, type LegendEntry } from "@/lib/charts/legend";
import type { CompareChart } from "@/lib/charts/compare-types";

// Shapes, not colours, tell these apart; the swatches are drawn in a neutral grey.
const blue = "#64748b";
const red = "#b91c1c";
const swatches: Record<LegendEntry, CSSProperties> = {
  solid: { background: blue },
  range: { background: blue, borderLeft: `3px solid ${blue}`, borderRight: `3px solid ${blue}`, marginLeft: 8 },
  up_to: { background: "#cbd5e1", border: `1px dashed ${blue}`, borderRight: `3px solid ${blue}` },
  at_least: { background: blue, clipPath: "polygon(0 0, 75% 0, 100% 50%, 75% 100%, 0 100%)" },
  unverified: { background: `repeating-linear-gradient(45deg, ${blue} 0 3px, transparent 3px 6px)`, border: `1px solid ${blue}` },
  disputed: { background: `repeating-linear-gradient(45deg, ${red} 0 3px, transparent 3px 6px)`, border: `1px solid ${red}` },
};

/** Each drawn program's colour, as the chart's panels draw it (every panel holds the same colours). */
function ProgramKey({ chart }: { chart: CompareChart }) {
  const programs = [...new Map(chart.rows.filter((row) => row.value !== null).map((row) => [row.programSlug, row.programName])).entries()];
  if (programs.length < 2) return null;
  const colours = chart.panels[0]?.colours ?? {};
  return (
    <ul aria-label="Program colours" className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm" data-testid="program-key">
      {programs.map(([slug, name]) => (
        <li key={slug} className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ background: colours[slug] }} />
          {name}
        </li>
      ))}
    </ul>
  );
}

export function ChartLegend({ chart }: { chart: CompareChart }) {
  const entries = legendEntries(chart.rows);
  if (entries.length === 0) return null;
  return (
    <>
      <ProgramKey chart={chart} />
      <ul aria-label="Legend" className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {entries.map((entry) => (
          <li key={entry} className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-3 w-7" style={swatches[entry]} />
            {legendText[entry]}
          </li>
        ))}
      </ul>
    </>
  );
}
