import type { CSSProperties } from "react";
import { legendEntries, legendSwatchColours, legendText, type LegendEntry } from "@/lib/charts/legend";
import type { CompareChart } from "@/lib/charts/compare-types";

const { mark, pale, disputed: red } = legendSwatchColours;
const swatches: Record<LegendEntry, CSSProperties> = {
  solid: { background: mark },
  range: { background: mark, borderLeft: `3px solid ${mark}`, borderRight: `3px solid ${mark}`, marginLeft: 8 },
  up_to: { background: pale, border: `1px dashed ${mark}`, borderRight: `3px solid ${mark}` },
  at_least: { background: mark, clipPath: "polygon(0 0, 75% 0, 100% 50%, 75% 100%, 0 100%)" },
  unverified: { background: `repeating-linear-gradient(45deg, ${mark} 0 3px, transparent 3px 6px)`, border: `1px solid ${mark}` },
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
