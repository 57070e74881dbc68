// Axis domains and ticks for the value axis. A linear axis starts at zero so bar lengths compare;
// a log axis cannot contain zero, so it starts a decade below the smallest value and bars start
// there (never "from zero", which a log scale would put at minus infinity).
export type ScaleKind = "linear" | "log";
export type Domain = readonly [number, number];

// Drops float noise such as 0.30000000000000004 from computed ticks.
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** A 1, 2 or 5 × 10^n step giving about `target` intervals up to `max`. */
export function niceStep(max: number, target = 5): number {
  const rough = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const normalized = rough / magnitude;
  const factor = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10;
  return clean(factor * magnitude);
}

/** [0, a round number at or above the largest value]; null when there is nothing to draw. */
export function linearDomain(values: readonly number[]): Domain | null {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length === 0) return null;
  const max = Math.max(...positive);
  const step = niceStep(max);
  const top = clean(Math.ceil(clean(max / step)) * step);
  // clean() may round a hair below the value; the axis must still hold the longest bar.
  return [0, top >= max ? top : clean(top + step)];
}

export function linearTicks(domain: Domain): number[] {
  const step = niceStep(domain[1]);
  const ticks: number[] = [];
  for (let i = 0; clean(i * step) <= domain[1]; i += 1) ticks.push(clean(i * step));
  // The end of the axis is always labelled, even if the step does not land on it.
  if (ticks.at(-1) !== domain[1]) ticks.push(domain[1]);
  return ticks;
}

/**
 * [a power of ten a full decade below the smallest value, the power of ten at or above the largest].
 * The decade of room keeps the shortest bar visible. Null when no value is positive.
 */
export function logDomain(values: readonly number[]): Domain | null {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length === 0) return null;
  const low = 10 ** (Math.floor(Math.log10(Math.min(...positive))) - 1);
  const high = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  return [clean(low), clean(Math.max(high, low * 10))];
}

/** Powers of ten across the domain; with fewer than 3 decades, also the 2s and 5s between them. */
export function logTicks(domain: Domain): number[] {
  const [low, high] = domain;
  const first = Math.round(Math.log10(low));
  const last = Math.round(Math.log10(high));
  const decades = last - first;
  const multiples = decades < 3 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let exponent = first; exponent <= last; exponent += 1) {
    for (const m of multiples) {
      const tick = clean(m * 10 ** exponent);
      if (tick >= low && tick <= high) ticks.push(tick);
    }
  }
  return ticks;
}

/**
 * Sparser tick sets for a linear axis, for a plot too narrow to label its own ticks, sparsest last:
 * each runs from 0 to the top, a round step apart (1, 2, 2.5 or 5 × 10^n) that divides the top, and
 * the last always halves it. [0, 500] gives 0, 250, 500 then 0, 500 — never a set without 0.
 */
export function sparserLinearTicks(domain: Domain): number[][] {
  const top = domain[1];
  const own = niceStep(top);
  const steps: number[] = [];
  for (let exponent = Math.floor(Math.log10(own)); exponent <= Math.ceil(Math.log10(top)); exponent += 1) {
    for (const m of [1, 2, 2.5, 5]) {
      const step = clean(m * 10 ** exponent);
      const intervals = clean(top / step);
      if (step > own && step < top / 2 && Number.isInteger(intervals)) steps.push(step);
    }
  }
  return [...steps, clean(top / 2), top].map((step) => {
    const ticks: number[] = [];
    for (let i = 0; clean(i * step) <= top; i += 1) ticks.push(clean(i * step));
    return ticks;
  });
}

export function domainFor(kind: ScaleKind, values: readonly number[]): Domain | null {
  return kind === "log" ? logDomain(values) : linearDomain(values);
}

export function ticksFor(kind: ScaleKind, domain: Domain): number[] {
  return kind === "log" ? logTicks(domain) : linearTicks(domain);
}

/**
 * Where a mark starts and ends on the axis. A range spans low–high on either scale; any other
 * figure is a bar from the axis origin: 0 on a linear axis, the domain's lower bound on a log axis.
 */
export function barSpan(kind: ScaleKind, domain: Domain, low: number, high: number, isRange: boolean): [number, number] {
  if (isRange) return [low, high];
  return [kind === "log" ? domain[0] : 0, high];
}
