import { describe, expect, it } from "vitest";
import { timeDomain, timeScale, timeTicks } from "../../../lib/charts/timeline-axis";
import {
  layoutTimeline,
  markNumbers,
  numberX,
  relayoutTimeline,
  tickBudgets,
  TIMELINE_GEOMETRY,
  type TimelineItem,
} from "../../../lib/charts/timeline-layout";
import { packRows, rowCount } from "../../../lib/charts/timeline-lanes";
import { estimateWidth } from "../../../lib/charts/text-wrap";

const item = (id: string, on: string, extra: Partial<TimelineItem> = {}): TimelineItem => ({
  id,
  due: { on, precision: "day" },
  original: null,
  completedOn: null,
  completedLate: false,
  status: "planned",
  overdue: false,
  tooltip: id,
  ...extra,
});

describe("time axis", () => {
  it("covers every date and today, from a quarter start to the next quarter start", () => {
    expect(timeDomain(["2025-02-10", "2028-12-31"], "2026-07-01")).toEqual({ start: "2025-01-01", end: "2029-01-01" });
    expect(timeDomain([], "2026-05-20")).toEqual({ start: "2026-04-01", end: "2026-07-01" });
    expect(timeDomain(["2026-03-01"], "2024-11-30")).toEqual({ start: "2024-10-01", end: "2026-04-01" });
  });

  it("picks the smallest step that keeps ten ticks or fewer, aligned on January", () => {
    const short = timeTicks({ start: "2026-04-01", end: "2026-07-01" });
    expect(short.map((t) => t.label)).toEqual(["Apr 2026", "May 2026", "Jun 2026", "Jul 2026"]);
    const twoYears = timeTicks({ start: "2025-01-01", end: "2027-01-01" });
    expect(twoYears.map((t) => t.label)).toEqual([
      "Jan 2025",
      "Apr 2025",
      "Jul 2025",
      "Oct 2025",
      "Jan 2026",
      "Apr 2026",
      "Jul 2026",
      "Oct 2026",
      "Jan 2027",
    ]);
    const fourYears = timeTicks({ start: "2024-10-01", end: "2029-01-01" });
    expect(fourYears[0]!.label).toBe("Jan 2025");
    expect(fourYears.map((t) => t.date.slice(5, 7)).every((m) => m === "01" || m === "07")).toBe(true);
    const decade = timeTicks({ start: "2020-01-01", end: "2035-01-01" });
    expect(decade.length).toBeLessThanOrEqual(10);
    expect(decade.every((t) => t.date.endsWith("-01-01"))).toBe(true);
  });

  it("maps dates linearly onto the plot", () => {
    const x = timeScale({ start: "2026-01-01", end: "2027-01-01" }, 0, 365);
    expect(x("2026-01-01")).toBe(0);
    expect(x("2026-07-02")).toBe(182);
    expect(x("2027-01-01")).toBe(365);
  });
});

describe("tickBudgets", () => {
  it("labels at least two ticks of each kind however narrow, and years more densely than months", () => {
    expect(tickBudgets(30)).toEqual([2, 2]);
    const [months, years] = tickBudgets(960);
    expect(months).toBe(10);
    expect(years).toBeGreaterThan(months);
    // A twelve-year span on the wide chart labels every year (a month budget alone gave every other year).
    const labels = timeTicks({ start: "2020-01-01", end: "2031-12-31" }, months, years).map((tick) => tick.label);
    expect(labels).toEqual(Array.from({ length: 12 }, (_, i) => String(2020 + i)));
  });
});

describe("packRows", () => {
  it("puts overlapping spans on separate rows and reuses freed rows", () => {
    const rows = packRows(
      [
        { id: "a", x0: 0, x1: 10 },
        { id: "b", x0: 5, x1: 15 },
        { id: "c", x0: 25, x1: 30 },
        { id: "d", x0: 12, x1: 20 },
      ],
      4,
    );
    expect(Object.fromEntries(rows)).toEqual({ a: 0, b: 1, d: 2, c: 0 });
    expect(rowCount(rows)).toBe(3);
    expect(rowCount(new Map())).toBe(1);
  });
});

describe("layoutTimeline", () => {
  it("stacks one lane per program, draws a today line, and leaves undated milestones off the chart", () => {
    const chart = layoutTimeline(
      [
        {
          key: "a",
          label: "A",
          items: [item("a1", "2026-01-23"), item("a2", "2026-01-24"), item("a3", "2027-06-01"), { ...item("a4", "x"), due: null }],
        },
        { key: "b", label: "B", items: [] },
      ],
      "2026-06-01",
    );
    const [a, b] = chart.lanes;
    expect(a!.marks.map((m) => m.id)).toEqual(["a1", "a2", "a3"]);
    // a1 and a2 are a day apart: they overlap and take two rows.
    expect(a!.marks[0]!.y).not.toBe(a!.marks[1]!.y);
    expect(a!.marks[2]!.y).toBe(a!.marks[0]!.y);
    const g = TIMELINE_GEOMETRY;
    expect(a!.height).toBe(g.laneHeader + 2 * g.rowHeight + g.lanePadding);
    expect(b!.y).toBe(a!.y + a!.height);
    expect(b!.marks).toEqual([]);
    expect(chart.today.x).toBeGreaterThan(a!.marks[1]!.x);
    expect(chart.today.x).toBeLessThan(a!.marks[2]!.x);
    expect(chart.height).toBe(b!.y + b!.height + g.margin);
  });

  it("draws a coarse date as its period, a slipped one from its original date, a late completion to its day", () => {
    const chart = layoutTimeline(
      [
        {
          key: "p",
          label: "P",
          items: [
            item("year", "2028-01-01", { due: { on: "2028-01-01", precision: "year" } }),
            item("slipped", "2026-05-01", {
              due: { on: "2026-05-01", precision: "month" },
              original: { on: "2026-02-21", precision: "day" },
            }),
            item("late", "2026-01-23", { status: "completed", completedOn: "2026-02-12", completedLate: true }),
            item("same", "2026-03-01", { original: { on: "2026-03-01", precision: "day" } }),
          ],
        },
      ],
      "2026-06-01",
    );
    const marks = Object.fromEntries(chart.lanes[0]!.marks.map((m) => [m.id, m]));
    expect(marks.year!.period!.x0).toBeLessThan(marks.year!.period!.x1);
    expect(marks.year!.x).toBeLessThanOrEqual(marks.year!.period!.x1);
    expect(marks.slipped!.original!.x).toBeLessThan(marks.slipped!.x);
    expect(marks.late!.completion!.x).toBeGreaterThan(marks.late!.x);
    expect(marks.same!.original).toBeNull();
    expect(chart.domain.end).toBe("2029-01-01");
  });
});

describe("labelled marks", () => {
  const lanes = [
    { key: "a", label: "A", items: [item("a1", "2026-01-10"), item("a2", "2026-06-01")] },
    { key: "b", label: "B", items: [item("b1", "2027-12-31"), { ...item("b2", "2026-01-01"), due: null }] },
  ];

  it("numbers every drawn mark across the chart in lane order, for the table rows they link to", () => {
    const chart = layoutTimeline(lanes, "2026-03-01");
    expect(chart.lanes.flatMap((lane) => lane.marks.map((mark) => [mark.id, mark.n]))).toEqual([
      ["a1", 1],
      ["a2", 2],
      ["b1", 3],
    ]);
    expect(markNumbers(chart).get("b1")).toBe(3);
  });

  it("puts a number on the left, and today's label leftwards, when the right would run off the chart", () => {
    const early = Array.from({ length: 10 }, (_, i) => item(`e${i}`, `2026-0${(i % 9) + 1}-01`));
    const chart = layoutTimeline([{ key: "a", label: "A", items: [...early, item("last", "2026-12-31")] }], "2026-12-31");
    const marks = chart.lanes[0]!.marks;
    const [first, last] = [marks[0], marks.at(-1)];
    expect(first!.numberSide).toBe("right");
    expect(last!.numberSide).toBe("left");
    expect(numberX(last!)).toBeLessThan(last!.x);
    expect(chart.today.anchor).toBe("end");
    expect(layoutTimeline(lanes, "2026-03-01").today.anchor).toBe("start");
  });

  it("lays the chart out again at phone width, packing marks that now overlap onto more rows", () => {
    const busy = [
      { key: "a", label: "A", items: ["2026-01-05", "2026-01-10", "2026-01-15", "2026-01-20"].map((on, i) => item(`m${i}`, on)) },
    ];
    const wide = layoutTimeline(busy, "2026-03-01");
    const narrow = relayoutTimeline(wide, 340);
    expect(narrow.width).toBe(340);
    expect(narrow.plot.right).toBe(340 - TIMELINE_GEOMETRY.margin);
    const rows = (chart: typeof wide) => new Set(chart.lanes[0]!.marks.map((mark) => mark.y)).size;
    expect(rows(narrow)).toBeGreaterThan(rows(wide));
    expect(narrow.axis.ticks.length).toBeLessThanOrEqual(3);
    for (const mark of narrow.lanes[0]!.marks) expect(mark.x).toBeLessThanOrEqual(narrow.plot.right);
  });

  it("labels every year the axis spans at phone width, without two labels touching", () => {
    // The seeded timeline's span: marks from late 2024 to the end of 2028, many in 2025 and 2027.
    const dates = ["2024-11-15", "2025-03-01", "2025-09-30", "2026-06-01", "2027-02-01", "2027-10-01", "2028-12-31"];
    const wide = layoutTimeline([{ key: "a", label: "A", items: dates.map((on, i) => item(`m${i}`, on)) }], "2026-12-06");
    const narrow = relayoutTimeline(wide, 340);
    expect(narrow.axis.ticks.map((tick) => tick.label)).toEqual(["2025", "2026", "2027", "2028", "2029"]);
    // Each label's box as the chart anchors it (timeline-chart.tsx: start near the left edge, end near the right, else middle).
    const boxes = narrow.axis.ticks.map(({ x, label }) => {
      const width = estimateWidth(label, { fontSize: 11 }) * 1.1;
      const left = x < 30 ? x : x > narrow.width - 30 ? x - width : x - width / 2;
      return { left, right: left + width };
    });
    for (const [i, box] of boxes.slice(1).entries()) expect(box.left - boxes[i]!.right).toBeGreaterThanOrEqual(4);
    // The wide layout keeps its half-year ticks.
    expect(wide.axis.ticks.map((tick) => tick.label)).toContain("Jul 2026");
  });
});
