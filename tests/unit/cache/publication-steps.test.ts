// Which stored answers a publication leaves standing (lib/cache/publication-steps.ts, and the memory
// answer store that keeps them): an answer is served only if no later publication affected its day.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoryAnswerStore } from "@/lib/cache/answer-cache";
import { addPublication, affectingInRedis, lastAffecting, type AffectedFrom, type Step } from "@/lib/cache/publication-steps";
import { storedAnswer as answer } from "../../factories/stored-answer";

const days = ["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05"];
const affected = fc.option(fc.constantFrom(...days), { nil: null });

/** The latest publication (1-based) whose day is on or before `day`, by a plain scan of every one. */
function naiveLastAffecting(published: AffectedFrom[], day: string): number {
  let last = 0;
  published.forEach((from, index) => {
    if (from === null || from <= day) last = index + 1;
  });
  return last;
}

describe("the memory answer store", () => {
  it("returns a stored answer only while no later publication affected its day (a live one: none at all)", async () => {
    const step = fc.oneof(
      fc.record({ publish: fc.constant(true), from: affected }),
      fc.record({ publish: fc.constant(false), asOf: affected }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        const store = memoryAnswerStore();
        const published: AffectedFrom[] = [];
        const stored: { key: string; asOf: string | null; at: number }[] = [];
        for (const [index, next] of steps.entries()) {
          if (next.publish) {
            await store.publish(next.from);
            published.push(next.from);
          } else {
            const key = `k${index}`;
            const { publication } = await store.read(key, next.asOf);
            await store.write(key, answer(publication, next.asOf));
            stored.push({ key, asOf: next.asOf, at: Number(publication) });
          }
        }
        for (const { key, asOf, at } of stored) {
          const later = published.slice(at);
          const stillTrue = asOf === null ? later.length === 0 : later.every((from) => from !== null && from > asOf);
          const { entry } = await store.read(key, asOf);
          expect(entry !== null, `${key} of ${asOf} at ${at}, then ${JSON.stringify(later)}`).toBe(stillTrue);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never serves a past view for another day than the one it was stored for", async () => {
    const store = memoryAnswerStore();
    await store.write("k", answer("0", "2025-01-01"));
    await store.publish("2025-01-03");
    expect((await store.read("k", "2025-01-02")).entry).toBeNull();
  });

  it("never serves a live answer as a past view (stored before midnight, asked for after it)", async () => {
    const store = memoryAnswerStore();
    const { publication } = await store.read("k", null);
    await store.write("k", answer(publication, null));
    expect((await store.read("k", "2025-01-05")).entry).toBeNull();
  });
});

describe("the publication steps", () => {
  it("say the latest publication affecting each day, or a later one once merged (never an earlier one)", () => {
    fc.assert(
      fc.property(fc.array(affected, { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (published, max) => {
        let exact: Step[] = [{ from: -Infinity, publication: 0 }];
        let bounded: Step[] = exact;
        published.forEach((from, index) => {
          exact = addPublication(exact, index + 1, from);
          bounded = addPublication(bounded, index + 1, from, max);
        });
        expect(bounded.length).toBeLessThanOrEqual(max);
        for (const day of days) {
          expect(lastAffecting(exact, day)).toBe(naiveLastAffecting(published, day));
          expect(lastAffecting(bounded, day)).toBeGreaterThanOrEqual(naiveLastAffecting(published, day));
        }
      }),
    );
  });

  it("start over from every day when there were none (a Redis that lost them)", () => {
    expect(addPublication([], 7, "2025-01-03")).toEqual([{ from: -Infinity, publication: 7 }]);
    expect(lastAffecting([], "2025-01-03")).toBeUndefined();
  });
});

describe("the publication affecting a day, as Redis says it", () => {
  it("is every day's for a counter bumped without a step (an older build's INCR), else the day's step", () => {
    expect(affectingInRedis(3, 5, 6)).toBe(6);
    expect(affectingInRedis(3, 5, 5)).toBe(3);
    // A publication recorded its step between the reads of the counter and of the top step.
    expect(affectingInRedis(3, 6, 5)).toBe(3);
    expect(affectingInRedis(undefined, undefined, 6)).toBeUndefined();
  });
});
