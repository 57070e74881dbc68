// Capacity claims → rows. Values are stored in one canonical unit per metric (EFLOPS, MW, a count
// of accelerators); a row in any other unit is listed but not drawn rather than mis-scaled.
// Compute is split by numeric precision: an FP64 exaFLOP and a low-precision AI exaFLOP measure
// different things, so each precision gets its own panel and axis.
import type { CompareMetric } from "@/lib/dashboard/compare-params";
import type { CompareCapacityClaim, ChartRow } from "./compare-types";
import { formatCapacity, type CapacityUnit } from "./format-quantity";
import { figureExtent } from "./money-rows";

type RowValue = Pick<ChartRow, "panel" | "value" | "text" | "conversion" | "notDrawn" | "original">;

export const unitOfMetric: Record<Exclude<CompareMetric, "money">, CapacityUnit> = {
  compute: "EFLOPS",
  power: "MW",
  accelerators: "accelerators",
};

/** The panel a capacity claim is drawn on: its precision for compute, the metric otherwise. */
export function capacityPanel(claim: CompareCapacityClaim): string {
  return claim.metric === "compute" ? (claim.precision ?? "unspecified") : claim.metric;
}

export function capacityRowValue(claim: CompareCapacityClaim, metric: Exclude<CompareMetric, "money">): RowValue {
  const unit = unitOfMetric[metric];
  const panel = capacityPanel(claim);
  const toNumber = (v: string | null) => (v === null ? null : Number(v));
  const text = formatCapacity({
    shape: claim.shape,
    value: toNumber(claim.value),
    low: toNumber(claim.low),
    high: toNumber(claim.high),
    unit,
  });
  if (claim.unit !== unit) {
    const stated = `${claim.value ?? `${claim.low}–${claim.high}`} ${claim.unit}`;
    return {
      panel,
      value: null,
      text: stated,
      original: stated,
      conversion: null,
      notDrawn: `Recorded in ${claim.unit}, not ${unit}; not drawn.`,
    };
  }
  const value = figureExtent(claim.shape, claim.value, claim.low, claim.high);
  return { panel, value, text, original: text, conversion: null, notDrawn: value === null ? "The figure cannot be read." : null };
}
