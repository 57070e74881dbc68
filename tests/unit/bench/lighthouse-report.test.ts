import { describe, expect, it } from "vitest";
import {
  formatSummary,
  lighthouseVerdict,
  measured,
  median,
  runCount,
  summarisePages,
  type LighthouseRun,
} from "../../../scripts/bench/lighthouse-report";

const run = (page: string, performance: number, over: Partial<LighthouseRun> = {}): LighthouseRun => ({
  page,
  performance,
  accessibility: 100,
  fcp: 1000,
  lcp: 2000,
  tbt: 100,
  si: 1000,
  cls: 0,
  benchmarkIndex: 1500,
  ...over,
});

describe("median", () => {
  it.each([
    [[3], 3],
    [[95, 88, 99], 95],
    [[99, 88, 97, 98], 97.5],
    [[100, 76, 91, 84, 85], 85],
  ])("of %j is %d, whatever the order", (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it("refuses no values rather than reporting a score", () => {
    expect(() => median([])).toThrow();
  });
});

describe("summarisePages", () => {
  it("takes each page's own runs, in the order the pages ran", () => {
    const pages = summarisePages([
      run("/", 99, { tbt: 20 }),
      run("/timeline", 80, { tbt: 600 }),
      run("/", 95, { tbt: 200 }),
      run("/timeline", 97, { tbt: 60 }),
      run("/", 88, { tbt: 400 }),
      run("/timeline", 90, { tbt: 300 }),
    ]);
    expect(pages.map((p) => [p.page, p.scores, p.performance, p.tbt])).toEqual([
      ["/", [99, 95, 88], 95, 200],
      ["/timeline", [80, 97, 90], 90, 300],
    ]);
  });

  it("keeps the lowest accessibility score, not its median", () => {
    const [page] = summarisePages([run("/", 99), run("/", 99, { accessibility: 96 }), run("/", 99)]);
    expect(page!.lowestAccessibility).toBe(96);
  });
});

describe("runCount and measured", () => {
  it("takes 5 runs by default and a whole number from 1, and refuses anything else", () => {
    expect(runCount(undefined)).toBe(5);
    expect(runCount("")).toBe(5);
    expect(runCount("3")).toBe(3);
    for (const value of ["0", "-2", "1.5", "abc", "Infinity"]) expect(() => runCount(value), value).toThrow(/LIGHTHOUSE_RUNS/);
  });

  it("refuses a score or metric Lighthouse did not compute, rather than count it as 0", () => {
    expect(measured(0.97, "performance")).toBe(0.97);
    expect(measured(0, "total-blocking-time")).toBe(0);
    for (const value of [null, undefined, Number.NaN]) expect(() => measured(value, "performance")).toThrow(/performance/);
  });
});

describe("lighthouseVerdict", () => {
  it("refuses to judge no runs", () => {
    expect(() => lighthouseVerdict([])).toThrow();
  });

  it("meets the target when every page's median is at least 90 and accessibility is 100 in every run", () => {
    const pages = summarisePages([run("/", 88), run("/", 90), run("/", 99), run("/compare", 90)]);
    expect(lighthouseVerdict(pages)).toMatch(/^Lighthouse: target met/);
  });

  it("names each page below the performance budget with its median", () => {
    const pages = summarisePages([run("/", 99), run("/timeline", 84), run("/timeline", 89.5), run("/timeline", 95)]);
    const verdict = lighthouseVerdict(pages);
    expect(verdict).toMatch(/^Lighthouse: below target/);
    expect(verdict).toContain("/timeline at 89.5");
    expect(verdict).not.toContain("/ at");
  });

  it("is below target when one run's accessibility is under 100", () => {
    const verdict = lighthouseVerdict(summarisePages([run("/", 99), run("/", 99, { accessibility: 96 })]));
    expect(verdict).toBe("Lighthouse: below target (accessibility below 100 in a run: / at 96)");
  });
});

describe("formatSummary", () => {
  it("prints one Markdown row per page with every run's score and the medians", () => {
    const table = formatSummary(summarisePages([run("/", 99), run("/", 95, { lcp: 2400 }), run("/", 88, { lcp: 2200 })]));
    expect(table.split("\n")).toHaveLength(3);
    expect(table).toContain("| / | 99, 95, 88 | 95 | 100 | 1000 ms | 2200 ms | 100 ms | 1000 ms | 0.000 |");
  });
});
