import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  layoutTimeline,
  numberX,
  relayoutTimeline,
  RING_OUTER,
  type TimelineItem,
  type TimelineMark,
} from "../../../lib/charts/timeline-layout";

// What timeline-chart.tsx draws: an overdue ring of outer radius RING_OUTER (9.5 px, its stroke
// included), and each number in 11 px digits (at most 7 px wide each) on its middle line.
const DIGIT = 7;
const HALF_TEXT = 5.5;

function numberBox(mark: TimelineMark) {
  const width = String(mark.n).length * DIGIT;
  const start = numberX(mark);
  const [left, right] = mark.numberSide === "left" ? [start - width, start] : [start, start + width];
  return { left, right, top: mark.y - HALF_TEXT, bottom: mark.y + HALF_TEXT };
}

function ringMeetsBox(ring: TimelineMark, box: ReturnType<typeof numberBox>): boolean {
  const dx = Math.max(box.left - ring.x, 0, ring.x - box.right);
  const dy = Math.max(box.top - ring.y, 0, ring.y - box.bottom);
  return Math.hypot(dx, dy) < RING_OUTER;
}

/** Every pair of marks of a lane where an overdue ring reaches a number (its own too) or another ring. */
function collisions(marks: readonly TimelineMark[]): string[] {
  const found: string[] = [];
  for (const ring of marks.filter((mark) => mark.overdue)) {
    for (const other of marks) {
      if (ringMeetsBox(ring, numberBox(other))) found.push(`ring ${ring.n} meets number ${other.n}`);
      if (other === ring) continue;
      if (other.overdue && other.n > ring.n && Math.hypot(other.x - ring.x, other.y - ring.y) < 2 * RING_OUTER)
        found.push(`ring ${ring.n} meets ring ${other.n}`);
    }
  }
  return found;
}

const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const precisions = ["day", "month", "quarter"] as const;
type Due = [offset: number, overdue: boolean, precision: number, slip: number];
const item = (id: string, [offset, overdue, precision, slip]: Due): TimelineItem => ({
  id,
  due: { on: day(offset), precision: precisions[precision]! },
  original: slip > 0 ? { on: day(offset - slip), precision: "day" } : null,
  completedOn: null,
  completedLate: false,
  status: overdue ? "delayed" : "planned",
  overdue,
  tooltip: id,
});

// Days from 2025 to late 2028, some overdue, some known only to the month or quarter, some slipped.
const due = fc.tuple(fc.integer({ min: 0, max: 1400 }), fc.boolean(), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 200 }));

describe("timeline spacing", () => {
  it("keeps every overdue ring off other marks' numbers and rings in a dense lane, wide and at phone width", () => {
    fc.assert(
      fc.property(fc.array(due, { minLength: 2, maxLength: 60 }), (dues) => {
        const items = dues.map((d, i) => item(`m${i}`, d));
        const wide = layoutTimeline([{ key: "a", label: "A", items }], "2026-12-06");
        for (const chart of [wide, relayoutTimeline(wide, 340)]) expect(collisions(chart.lanes[0]!.marks)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
