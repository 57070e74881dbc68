import { describe, expect, it } from "vitest";
import { countStatements } from "../../../scripts/bench/statement-log";
import { spikeVerdict, tallySpike } from "../../../scripts/bench/spike-report";

const log = [
  '2026-11-21 10:00:00.001 UTC [101] LOG:  execute <unnamed>: SELECT "public"."program"."id" FROM "public"."program"',
  "\tWHERE 1=1",
  "2026-11-21 10:00:00.002 UTC [101] DETAIL:  parameters: $1 = 'published'",
  "2026-11-21 10:00:00.003 UTC [101] LOG:  statement: BEGIN",
  "2026-11-21 10:00:00.004 UTC [102] LOG:  execute s1/p1: SELECT 1",
  "2026-11-21 10:00:00.005 UTC [102] LOG:  checkpoint starting: time",
  '2026-11-21 10:00:00.006 UTC [102] ERROR:  relation "x" does not exist',
  "",
].join("\n");

describe("countStatements", () => {
  it("counts simple-protocol statements and extended-protocol executes, not their continuation or other lines", () => {
    expect(countStatements(log)).toBe(3);
    expect(countStatements("")).toBe(0);
  });
});

describe("tallySpike", () => {
  it("folds status codes into 200, 429, 5xx and other", () => {
    const tally = tallySpike({ "200": { count: 300 }, "429": { count: 1190 }, "503": { count: 2 }, "404": { count: 1 } }, 0);
    expect(tally).toEqual({ ok: 300, limited: 1190, serverErrors: 2, other: 1, socketErrors: 0 });
    expect(spikeVerdict(tally, 300)).toMatch(/below target$/);
  });

  it("meets the target with 429s past the limit and no 5xx", () => {
    expect(spikeVerdict(tallySpike({ "200": { count: 300 }, "429": { count: 1200 } }, 0), 300)).toMatch(/target met/);
    expect(spikeVerdict(tallySpike({ "200": { count: 1500 } }, 0), 300)).toMatch(/below target$/);
  });
});
