// Pure parts of `npm run bench:lighthouse`: one line per Lighthouse run, the median of each page's
// runs, and the verdict on the budget (performance ≥ 90 on the phone profile, accessibility
// 100). Scores move by several points between identical runs on a shared 2-core machine, so the
// budget is read on the median of several runs, and every run is printed beside it.
export type LighthouseRun = {
  page: string;
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  /** Metrics in ms (CLS is unitless). */
  fcp: number;
  lcp: number;
  tbt: number;
  si: number;
  cls: number;
  /** Lighthouse's reading of the machine's CPU speed in that run (higher is faster). */
  benchmarkIndex: number;
};

export const PERFORMANCE_BUDGET = 90;
export const ACCESSIBILITY_BUDGET = 100;

/** `LIGHTHOUSE_RUNS`: a whole number from 1 (5 when unset); anything else stops the bench with a message. */
export function runCount(value: string | undefined): number {
  if (value === undefined || value === "") return 5;
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`LIGHTHOUSE_RUNS must be a whole number from 1, not "${value}"`);
  return runs;
}

/** A score or metric of a run: a number Lighthouse computed, else an error naming it. */
export function measured(value: number | null | undefined, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`Lighthouse did not measure ${name}`);
  return value;
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

type PageSummary = Omit<LighthouseRun, "accessibility" | "benchmarkIndex"> & { scores: number[]; lowestAccessibility: number };

/** Each page's medians, in the order the pages were first run. */
export function summarisePages(runs: LighthouseRun[]): PageSummary[] {
  const pages = [...new Set(runs.map((run) => run.page))];
  return pages.map((page) => {
    const own = runs.filter((run) => run.page === page);
    const of = (key: "performance" | "fcp" | "lcp" | "tbt" | "si" | "cls") => median(own.map((run) => run[key]));
    return {
      page,
      scores: own.map((run) => run.performance),
      performance: of("performance"),
      lowestAccessibility: Math.min(...own.map((run) => run.accessibility)),
      fcp: of("fcp"),
      lcp: of("lcp"),
      tbt: of("tbt"),
      si: of("si"),
      cls: of("cls"),
    };
  });
}

export function formatRun(run: LighthouseRun): string {
  const ms = (value: number) => `${Math.round(value)}`.padStart(6);
  return (
    `${run.page.padEnd(12)} performance ${String(run.performance).padStart(3)}  accessibility ${String(run.accessibility).padStart(3)}` +
    `  FCP ${ms(run.fcp)}  LCP ${ms(run.lcp)}  TBT ${ms(run.tbt)}  SI ${ms(run.si)}  CLS ${run.cls.toFixed(3)}  CPU index ${Math.round(run.benchmarkIndex)}`
  );
}

export function formatSummary(pages: PageSummary[]): string {
  const head = ["page", "runs", "median", "lowest a11y", "FCP", "LCP", "TBT", "SI", "CLS"];
  const lines = pages.map((p) =>
    [
      p.page,
      p.scores.join(", "),
      String(p.performance),
      String(p.lowestAccessibility),
      ...[p.fcp, p.lcp, p.tbt, p.si].map((value) => `${Math.round(value)} ms`),
      p.cls.toFixed(3),
    ].join(" | "),
  );
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...lines.map((line) => `| ${line} |`)].join("\n");
}

export function lighthouseVerdict(pages: PageSummary[]): string {
  if (pages.length === 0) throw new Error("no Lighthouse run to judge");
  const slow = pages.filter((p) => p.performance < PERFORMANCE_BUDGET).map((p) => `${p.page} at ${p.performance}`);
  const inaccessible = pages
    .filter((p) => p.lowestAccessibility < ACCESSIBILITY_BUDGET)
    .map((p) => `${p.page} at ${p.lowestAccessibility}`);
  const problems = [
    ...(slow.length > 0 ? [`performance median below ${PERFORMANCE_BUDGET}: ${slow.join(", ")}`] : []),
    ...(inaccessible.length > 0 ? [`accessibility below ${ACCESSIBILITY_BUDGET} in a run: ${inaccessible.join(", ")}`] : []),
  ];
  return problems.length === 0
    ? `Lighthouse: target met (performance median ≥ ${PERFORMANCE_BUDGET} on every page, accessibility ${ACCESSIBILITY_BUDGET} in every run)`
    : `Lighthouse: below target (${problems.join("; ")})`;
}
