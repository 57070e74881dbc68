// Capacity figures in words a reader parses at a glance: "10 GW", "≈ 500,000 accelerators",
// "2,200 EF (AI, mixed precision)". Compute always names its precision, since AI exaFLOPS and FP64
// exaFLOPS measure different things.
import type { ValueShape } from "@/lib/money";

export type CapacityFigure = { shape: ValueShape; value: number | null; low: number | null; high: number | null; unit: string };

const precisionNames: Record<string, string> = {
  fp64: "FP64",
  fp32: "FP32",
  fp16: "FP16",
  fp8: "FP8",
  fp4: "FP4",
  mixed_ai: "AI, mixed precision",
  unspecified: "precision not stated",
};

export function precisionLabel(precision: string | null): string {
  return precisionNames[precision ?? "unspecified"] ?? precision ?? "precision not stated";
}

const grouped = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 });
const longCompact = new Intl.NumberFormat("en-US", { notation: "compact", compactDisplay: "long", maximumSignificantDigits: 3 });

// Power is stored in MW; a gigawatt or more reads better in GW.
function scaled(value: number, unit: string): { number: string; unit: string } {
  if (unit === "MW" && value >= 1000) return { number: grouped.format(value / 1000), unit: "GW" };
  if (unit === "EFLOPS") return { number: grouped.format(value), unit: "EF" };
  if (value >= 1_000_000) return { number: longCompact.format(value), unit };
  return { number: grouped.format(value), unit };
}

function joined(number: string, unit: string): string {
  return unit === "" ? number : `${number}\u00a0${unit}`;
}

export function formatCapacity(figure: CapacityFigure): string {
  if (figure.shape === "range") {
    if (figure.low === null || figure.high === null) return "—";
    const low = scaled(figure.low, figure.unit);
    const high = scaled(figure.high, figure.unit);
    return low.unit === high.unit ? joined(`${low.number}–${high.number}`, high.unit) : `${joined(low.number, low.unit)}–${joined(high.number, high.unit)}`;
  }
  if (figure.value === null) return "—";
  const point = scaled(figure.value, figure.unit);
  const text = joined(point.number, point.unit);
  switch (figure.shape) {
    case "approximate":
      return `≈ ${text}`;
    case "at_least":
      return `more than ${text}`;
    case "up_to":
      return `up to ${text}`;
    default:
      return text;
  }
}
