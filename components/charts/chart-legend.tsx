import type { CSSProperties } from "react";
import { legendEntries, legendSwatchColours, legendText, type LegendEntry } from "@/lib/charts/legend";
import type { ChartRow } from "@/lib/charts/compare-types";
import { programColours } from "@/lib/charts/program-colour";

const { mark, pale, disputed: red } = legendSwatchColours;
const swatches: Record<LegendEntry, CSSProperties> = {
  solid: { background: mark },
  range: { background: mark, borderLeft: `3px solid ${mark}`, borderRight: `3px solid ${mark}`, marginLeft: 8 },
  up_to: { background: pale, border: `1px dashed ${mark}`, borderRight: `3px solid ${mark}` },
  at_least: { background: mark, clipPath: "polygon(0 0, 75% 0, 100% 50%, 75% 100%, 0 100%)" },
  unverified: { background: `repeating-linear-gradient(45deg, ${mark} 0 3px, transparent 3px 6px)`, border: `1px solid ${mark}` },
  disputed: { background: `repeating-linear-gradient(45deg, ${red} 0 3px, transparent 3px 6px)`, border: `1px solid ${red}` },
};

/** Each program's colour, as every chart draws it (lib/charts/program-colour.ts). */
function ProgramKey({ rows }: { rows: readonly ChartRow[] }) {
  const programs = [...new Map(rows.filter((row) => row.value !== null).map((row) => [row.programSlug, row.programName])).entries()];
  if (programs.length < 2) return null;
  // The same set as the chart's panels assign from (buildCompareChart), so key and bars agree.
  const colours = programColours(programs.map(([slug]) => slug));
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

export function ChartLegend({ rows }: { rows: readonly ChartRow[] }) {
  const entries = legendEntries(rows);
  if (entries.length === 0) return null;
  return (
    <>
      <ProgramKey rows={rows} />
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
