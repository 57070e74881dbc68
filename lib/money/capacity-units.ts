// The units a capacity figure is printed in ("1 GW", "793.4 petaFLOPS", "18,000 GB300", "a thousand
// GPUs") and the power of ten that takes each to its metric's stored unit: MW for power, EFLOPS for
// compute, a count for accelerators. SI prefixes only: converting between them is exact.

export type CapacityMetricOfText = "power" | "compute" | "accelerators";
export type PrecisionOfText = "fp64" | "fp32" | "fp16" | "fp8" | "fp4" | "mixed_ai";

export type UnitMatch = {
  metric: CapacityMetricOfText;
  // As the text writes it ("GW", "petaFLOPS", "GB300 GPUs"), for the preview.
  written: string;
  // Power of ten from the written unit to the stored one: GW → MW is 3, petaFLOPS → EFLOPS is −3.
  exponent: number;
  // The accelerator model the text names ("GB300", "H100", "MI300X"), else null.
  model: string | null;
};

const POWER_PREFIXES: Readonly<Record<string, number>> = { "": -6, k: -3, M: 0, G: 3, T: 6 };
const POWER_WORDS: Readonly<Record<string, number>> = { "": -6, kilo: -3, mega: 0, giga: 3, tera: 6 };
const FLOPS_PREFIXES: Readonly<Record<string, number>> = { t: -6, tera: -6, p: -3, peta: -3, e: 0, exa: 0, z: 3, zetta: 3 };

// Case matters for watts (mW is not MW); FLOPS are written every way ("PFLOPS", "petaflops", "PFLOP/s", "1 exaflop").
const POWER_SYMBOL = /(?:^|[\s\d])([kMGT]?)W$/u;
const POWER_WORD = /(?:^|[\s\d])(kilo|mega|giga|tera|)watts?$/iu;
const FLOPS = /(?:^|[\s\d])(tera|peta|exa|zetta|[tpez])[-\s]?flop(?:\/s|s)?$/iu;
// An optional maker, a model (letters then digits: GB300, H100, MI300X, B200; "H100s") and/or a noun.
const MAKER = String.raw`(?:(?:NVIDIA|Nvidia|AMD|Intel|Google)\s+)?`;
const MODEL = String.raw`([A-Z]{1,4}\d{2,4}[A-Z]{0,3})?`;
const ACCELERATOR = new RegExp(String.raw`(?:^|[\s\d])(${MAKER}${MODEL})s?\s*(GPUs?|accelerators?|chips?|superchips?|TPUs?)?$`, "u");

/** The unit at the end of a capacity text, and where it starts; null when the text ends in none. */
export function matchUnit(text: string): { unit: UnitMatch; at: number } | null {
  const symbol = POWER_SYMBOL.exec(text);
  if (symbol) return found(text, symbol, { metric: "power", exponent: POWER_PREFIXES[symbol[1]!]!, model: null });
  const word = POWER_WORD.exec(text);
  if (word) return found(text, word, { metric: "power", exponent: POWER_WORDS[word[1]!.toLowerCase()]!, model: null });
  const flops = FLOPS.exec(text);
  if (flops) return found(text, flops, { metric: "compute", exponent: FLOPS_PREFIXES[flops[1]!.toLowerCase()]!, model: null });
  const accelerator = ACCELERATOR.exec(text);
  if (accelerator && (accelerator[2] !== undefined || accelerator[3] !== undefined)) {
    return found(text, accelerator, { metric: "accelerators", exponent: 0, model: accelerator[2] ?? null });
  }
  return null;
}

function found(text: string, match: RegExpExecArray, unit: Omit<UnitMatch, "written">): { unit: UnitMatch; at: number } {
  // The match may begin with the space or digit before the unit: the unit itself starts after it.
  const leading = /^[\s\d]/u.test(match[0]) ? 1 : 0;
  const at = match.index + leading;
  return { unit: { ...unit, written: text.slice(at).trim() }, at };
}

// FLOPS precisions as sources print them: "FP8", "FP64", "(FP16)", "mixed precision".
const PRECISION = /\(?\b(?:FP(4|8|16|32|64)|(mixed)[-\s]precision)\b\)?/iu;

/** The precision written in the text (and the text without it), or null. */
export function takePrecision(text: string): { precision: PrecisionOfText | null; rest: string } {
  const match = PRECISION.exec(text);
  if (match === null) return { precision: null, rest: text };
  const precision = match[2] !== undefined ? "mixed_ai" : (`fp${match[1]}` as PrecisionOfText);
  return { precision, rest: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.replace(/\s+/g, " ").trim() };
}
