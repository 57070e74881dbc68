// Readable capacity figures: "1 GW", "250 MW", "16 EF", "500,000 accelerators". Money is formatted
// by lib/money (formatMoney), which these functions mirror: 3 significant digits, Intl grouping,
// non-breaking spaces, "≈", "more than", "up to", "low–high".
import type { ValueShape } from "@/lib/money";

export type CapacityUnit = "MW" | "EFLOPS" | "accelerators";

const NBSP = "\u00a0";
const EN_DASH = "\u2013";
const number = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 });
const count = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const compactCount = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 3 });

/** Power reads in GW from 1,000 MW up, in MW below. */
export function powerScale(megawatts: number): { unit: "MW" | "GW"; divisor: number } {
  return Math.abs(megawatts) >= 1000 ? { unit: "GW", divisor: 1000 } : { unit: "MW", divisor: 1 };
}

// A point value in its unit, or the number alone (for the low end of a range sharing a unit).
function point(value: number, unit: CapacityUnit, scaleOf: number = value): { number: string; unit: string } {
  if (unit === "MW") {
    const scale = powerScale(scaleOf);
    return { number: number.format(value / scale.divisor), unit: scale.unit };
  }
  if (unit === "EFLOPS") return { number: number.format(value), unit: "EF" };
  return { number: count.format(value), unit: "accelerators" };
}

function join(part: { number: string; unit: string }): string {
  return `${part.number}${NBSP}${part.unit}`;
}

/** "1.2 GW", "≈ 400,000 accelerators", "more than 10 GW", "up to 1 GW", "600–900 MW". */
export function formatCapacity(shape: ValueShape, value: number | null, low: number | null, high: number | null, unit: CapacityUnit): string {
  if (shape === "range") {
    if (low === null || high === null) return "—";
    // Both ends in the unit of the high end, so "600–900 MW" and "0.8–1.2 GW" read as one figure.
    const lowPart = point(low, unit, high);
    const highPart = point(high, unit, high);
    return `${lowPart.number}${EN_DASH}${join(highPart)}`;
  }
  if (value === null) return "—";
  const text = join(point(value, unit));
  if (shape === "approximate") return `≈ ${text}`;
  if (shape === "at_least") return `more than ${text}`;
  if (shape === "up_to") return `up to ${text}`;
  return text;
}

/**
 * Axis tick labels: one unit per axis (chosen from its largest tick) so ticks compare at a glance:
 * "0.5 GW, 1 GW", "16 EF", "500k".
 */
export function capacityTickFormatter(unit: CapacityUnit, axisMax: number): (value: number) => string {
  if (unit === "MW") {
    const scale = powerScale(axisMax);
    return (value) => `${number.format(value / scale.divisor)}${NBSP}${scale.unit}`;
  }
  if (unit === "EFLOPS") return (value) => `${number.format(value)}${NBSP}EF`;
  return (value) => compactCount.format(value).replace("K", "k");
}
