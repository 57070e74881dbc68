// The legend lists only the kinds of mark the chart actually draws.
import type { ChartRow } from "./compare-types";

export type LegendEntry = "solid" | "range" | "up_to" | "at_least" | "unverified" | "disputed";

export const legendText: Record<LegendEntry, string> = {
  solid: "a stated figure (≈ marks an approximate one)",
  range: "a range, drawn from its low to its high end",
  up_to: "“up to”: a ceiling; the real figure may be lower",
  at_least: "“more than”: a floor; the real figure may be higher",
  unverified: "unverified claim",
  disputed: "disputed claim",
};

/**
 * The swatches' colours, on the site and in embeds alike: shapes, not colours, tell the entries
 * apart, so they are a neutral slate (the bars take their programs' colours); red marks a dispute.
 */
export const legendSwatchColours = { mark: "#64748b", pale: "#cbd5e1", disputed: "#b91c1c" } as const;

export function legendEntries(rows: readonly ChartRow[]): LegendEntry[] {
  const drawn = rows.filter((row) => row.value !== null);
  const has = (test: (row: ChartRow) => boolean) => drawn.some(test);
  const entries: [LegendEntry, boolean][] = [
    ["solid", has((r) => r.shape === "exact" || r.shape === "approximate")],
    ["range", has((r) => r.shape === "range")],
    ["up_to", has((r) => r.shape === "up_to")],
    ["at_least", has((r) => r.shape === "at_least")],
    ["unverified", has((r) => r.confidence === "unverified")],
    ["disputed", has((r) => r.confidence === "disputed")],
  ];
  return entries.filter(([, present]) => present).map(([entry]) => entry);
}
