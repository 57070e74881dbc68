import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCompareParams, serializeCompareParams } from "@/lib/dashboard/compare-params";

const today = new Date("2026-11-21T12:00:00Z");
const keys = ["program", "metric", "currency", "scale", "claims", "funding", "capacity", "unverified", "view", "asOf", "format", "_rsc"];
const plausible = [
  "money",
  "power",
  "log",
  "eur",
  "original",
  "all",
  "table",
  "1",
  "spent",
  "target",
  "stargate",
  "2025-01-01",
  "2031-01-01",
  "a,b",
  "",
];

// Queries mixing real option names and values with arbitrary (including odd Unicode) strings.
const query = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...keys), fc.string()),
      fc.oneof(fc.constantFrom(...plausible), fc.string(), fc.string({ unit: "grapheme" })),
    ),
    { maxLength: 12 },
  )
  .map((pairs) => {
    const params = new URLSearchParams();
    for (const [key, value] of pairs) params.append(key, value);
    return params;
  });

describe("compare params, for any query", () => {
  it("parse never throws", () => {
    fc.assert(
      fc.property(query, (q) => {
        parseCompareParams(q, today);
      }),
      { numRuns: 2000 },
    );
  });

  it("the canonical address reads back as the same view, and is a fixed point", () => {
    fc.assert(
      fc.property(query, (q) => {
        const params = parseCompareParams(q, today);
        const canonical = serializeCompareParams(params);
        const again = parseCompareParams(new URLSearchParams(canonical), today);
        expect(again).toEqual(params);
        expect(serializeCompareParams(again)).toBe(canonical);
      }),
      { numRuns: 2000 },
    );
  });

  it("Next's record form of a query parses like the query itself", () => {
    fc.assert(
      fc.property(query, (q) => {
        const record: Record<string, string | string[]> = Object.fromEntries(
          [...new Set(q.keys())].map((key) => {
            const all = q.getAll(key);
            return [key, all.length === 1 ? all[0]! : all];
          }),
        );
        expect(parseCompareParams(record, today)).toEqual(parseCompareParams(q, today));
      }),
      { numRuns: 500 },
    );
  });
});
