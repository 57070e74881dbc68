// Readable capacity figures, the one formatter for pages, charts, tables and downloads: "1 GW",
// "250 MW", "16 EF", "500,000 accelerators", "more than 2 million accelerators", "76 EoIs".
// Money is formatted by lib/money (formatMoney), which these functions mirror: Intl grouping,
// non-breaking spaces, "≈", "more than", "up to", and a range written once in one unit.
import type { ValueShape } from "@/lib/money";

/** The canonical units the compare chart draws; a figure may carry any other unit text. */
export type CapacityUnit = "MW" | "EFLOPS" | "accelerators";

export type CapacityFigure = { shape: ValueShape; value: number | null; low: number | null; high: number | null; unit: string };

const NBSP = "\u00a0";
const EN_DASH = "\u2013";
// Power and compute are estimates: 3 significant digits. Counts are exact below a million.
const measured = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 });
const count = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const compactCount = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 3 });

const precisionNames: Record<string, string> = {
  fp64: "FP64, double precision",
  fp32: "FP32",
  fp16: "FP16 / BF16",
  fp8: "FP8",
  fp4: "FP4",
  mixed_ai: "AI, low precision",
  unspecified: "precision not stated",
};

/** Compute always names its precision: AI exaFLOPS and FP64 exaFLOPS measure different things. */
export function precisionLabel(precision: string | null): string {
  return precisionNames[precision ?? "unspecified"] ?? precision ?? precisionNames.unspecified!;
}

/** Power reads in GW from 1,000 MW up, in MW below. */
export function powerScale(megawatts: number): { unit: "MW" | "GW"; divisor: number } {
  return Math.abs(megawatts) >= 1000 ? { unit: "GW", divisor: 1000 } : { unit: "MW", divisor: 1 };
}

type Scale = { divisor: number; word: string; unit: string; format: Intl.NumberFormat };

// Counts of a million or more read in words: "2 million accelerators", "10 billion parameters".
const magnitudes: [number, string][] = [
  [1e12, " trillion"],
  [1e9, " billion"],
  [1e6, " million"],
];

/** The words a count's magnitude reads in, after its number and a space (a drawn label holds them together). */
export const magnitudeWords = magnitudes.map(([, word]) => word.trim());

// The display unit of a value; a range takes its high end's, so both ends share it.
function scaleOf(magnitude: number, unit: string): Scale {
  if (unit === "MW") {
    const power = powerScale(magnitude);
    return { divisor: power.divisor, word: "", unit: power.unit, format: measured };
  }
  if (unit === "EFLOPS") return { divisor: 1, word: "", unit: "EF", format: measured };
  const big = magnitudes.find(([size]) => Math.abs(magnitude) >= size);
  return big ? { divisor: big[0], word: big[1], unit, format: measured } : { divisor: 1, word: "", unit, format: count };
}

const number = (value: number, scale: Scale) => scale.format.format(value / scale.divisor);

function join(numbers: string, scale: Scale): string {
  const text = `${numbers}${scale.word}`;
  return scale.unit === "" ? text : `${text}${NBSP}${scale.unit}`;
}

/** "1.2 GW", "≈ 400,000 accelerators", "more than 10 GW", "up to 1 GW", "600–900 MW", "0.8–1.2 GW". */
export function formatCapacity(figure: CapacityFigure): string {
  const { shape, value, low, high, unit } = figure;
  if (shape === "range") {
    if (low === null || high === null) return "—";
    // Both ends in the unit of the high end, so "600–900 MW" and "0.8–1.2 GW" read as one figure.
    const scale = scaleOf(high, unit);
    return join(`${number(low, scale)}${EN_DASH}${number(high, scale)}`, scale);
  }
  if (value === null) return "—";
  const scale = scaleOf(value, unit);
  const text = join(number(value, scale), scale);
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
    return (value) => `${measured.format(value / scale.divisor)}${NBSP}${scale.unit}`;
  }
  if (unit === "EFLOPS") return (value) => `${measured.format(value)}${NBSP}EF`;
  return (value) => compactCount.format(value).replace("K", "k");
}
