// How a figure was stated (exact, "about", "more than", "up to", low–high) and its decimal text.
// Values go to Prisma as decimal strings built with decimal.js, so 1.2 GW becomes "1200" exactly.
import Decimal from "decimal.js";
import type { ValueShape } from "../generated/prisma/client";

export type StatedValue = {
  value: number | null;
  low: number | null;
  high: number | null;
  upTo: boolean;
  // Label, verification and unit text: where the research file writes "approx." or "~".
  texts: Array<string | null | undefined>;
  notes?: string | null;
};

export type ShapedValue = { shape: ValueShape; value: number | null; low: number | null; high: number | null };

const APPROXIMATE = /approx|~|\babout\b|\baround\b|\bnearly\b/i;
// Notes that open by quoting the source's own hedge, e.g. "'nearly 7 gigawatts'".
const QUOTED_HEDGE = /^'(approximately|nearly|around|about)\b/i;
const LOWER_BOUND = /more than|lower bound|at least/i;

/**
 * The shape rules, in order: low and high → range; upTo → up to (value, else high); low equal to the
 * value → at least (programs.json writes "more than X" as low = amount = X); "more than"/"lower
 * bound" in the text → at least; "approx"/"~"/"about"/"nearly" → approximate; otherwise exact.
 */
export function decideShape(stated: StatedValue): ShapedValue {
  const { value, low, high } = stated;
  if (low !== null && high !== null) return { shape: "range", value, low, high };
  if (stated.upTo) return { shape: "up_to", value: value ?? high, low: null, high: null };
  if (low !== null && (value === null || value === low)) return { shape: "at_least", value: low, low: null, high: null };
  const text = stated.texts.filter(Boolean).join(" ");
  if (LOWER_BOUND.test(text)) return { shape: "at_least", value, low: null, high: null };
  if (APPROXIMATE.test(text) || QUOTED_HEDGE.test(stated.notes ?? "")) return { shape: "approximate", value, low: null, high: null };
  return { shape: "exact", value, low: null, high: null };
}

/** Plain decimal text (never exponent notation), optionally scaled (GW × 1000 → MW). */
export function decimalText(value: number | null, factor = 1): string | null {
  if (value === null) return null;
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  return new Decimal(value).times(factor).toFixed();
}
