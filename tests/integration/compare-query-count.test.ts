// Queries per /compare view stay constant as data grows: the same SQL statement count with the 5
// seeded programs as with 500 generated ones (money in EUR and USD, power, chips, unverified compute)
// and with 33,000 past money claims more (more than one query's 32,767 bind parameters).
import { describe, expect, it } from "vitest";
import { parseCompareParams } from "@/lib/dashboard/compare-params";
import { parseAsOf } from "@/lib/dashboard/as-of";
import { knownByOf, loadBudgetChart, loadCompare } from "../../lib/data/compare";
import { loadMap } from "../../lib/data/map";
import { programSearchLimit, searchProgramNames } from "../../lib/data/program-names";
import { addPastMoneyClaims, generatePrograms } from "../support/generate-programs";
import { useTestDatabase } from "../support/test-database";

const seeded = useTestDatabase({ seeded: true });

const today = new Date("2026-11-21T12:00:00Z");
const views = [
  "",
  "claims=all&unverified=1",
  "currency=original&scale=log",
  "metric=power&claims=all",
  "metric=compute&unverified=1",
  "metric=accelerators",
  "asOf=2025-06-01&claims=all",
  "program=stargate&program=generated-1",
];

async function countStatements(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const view of views) {
    const params = parseCompareParams(new URLSearchParams(view), today);
    seeded.queries.length = 0;
    await loadCompare(seeded.db, params, knownByOf(params, today));
    counts[view || "(defaults)"] = seeded.queries.length;
  }
  seeded.queries.length = 0;
  await loadBudgetChart(seeded.db, null);
  counts.budget = seeded.queries.length;
  return counts;
}

describe("loadCompare query count", () => {
  it("runs the same SQL statements for 5 programs as for 505, and with 33,000 more claims", async () => {
    const small = await countStatements();
    expect(small["(defaults)"]).toBeGreaterThan(0);
    // programs; claims, then their programs and sources by id (Prisma reads relations with one
    // IN query each); reference rates, then their sources. Capacity metrics need no rates.
    expect(small["(defaults)"]).toBe(6);
    expect(small["metric=power&claims=all"]).toBe(4);

    await generatePrograms(seeded.db, 500);
    expect(await seeded.db.program.count()).toBe(505);
    const large = await countStatements();

    expect(large).toEqual(small);
    // The generated programs are really read and ranked: with no program chosen, the ten largest are drawn.
    const drawnPrograms = (data: { chart: { rows: { programSlug: string }[] } }) => new Set(data.chart.rows.map((r) => r.programSlug));
    const params = parseCompareParams(new URLSearchParams("metric=power&claims=all"), today);
    const power = await loadCompare(seeded.db, params, null);
    expect(drawnPrograms(power).size).toBe(10);
    expect(power.chart.notes).toContain("10 of 505 programs drawn: the largest by this measure. Choose others under “Programs”.");
    const largest = Math.min(...power.chart.rows.flatMap((r) => (r.value ? [r.value.high] : [])));
    const chosen = await loadCompare(seeded.db, { ...params, programs: ["generated-1", "generated-2"] }, null);
    expect(drawnPrograms(chosen)).toEqual(new Set(["generated-1", "generated-2"]));
    expect(Math.max(...chosen.chart.rows.flatMap((r) => (r.value ? [r.value.high] : [])))).toBeLessThanOrEqual(largest);
    const budget = await loadBudgetChart(seeded.db, null);
    expect(drawnPrograms(budget).size).toBe(10);
    // The map is not limited to the ten largest: every program keeps its figure.
    const map = await loadMap(seeded.db, parseCompareParams(new URLSearchParams(""), today), null);
    const generated = map.map.countries.flatMap((c) => c.programs).filter((p) => p.slug.startsWith("generated-"));
    expect(generated).toHaveLength(500);
    expect(generated.filter((p) => p.figure === null)).toEqual([]);

    // The program picker's search: one statement, at most a short list, by name, in any case, as known then.
    seeded.queries.length = 0;
    const found = await searchProgramNames(seeded.db, " generated PROGRAM 1", null);
    expect(seeded.queries).toHaveLength(1);
    expect(found.names).toHaveLength(programSearchLimit);
    expect(found.more).toBe(true);
    expect(found.names.slice(0, 3).map((p) => p.name)).toEqual(["Generated program 1", "Generated program 10", "Generated program 100"]);
    const stargate = [{ slug: "stargate", name: "The Stargate Project" }];
    expect(await searchProgramNames(seeded.db, "stargate", null)).toEqual({ names: stargate, more: false });
    const none = { names: [], more: false };
    expect(await searchProgramNames(seeded.db, "generated", parseAsOf("2025-02-28"))).toEqual(none);
    // LIKE's wildcards match only themselves (no program's name holds one).
    for (const text of ["_", "%", "\\", "generated_program"]) expect(await searchProgramNames(seeded.db, text, null), text).toEqual(none);

    // Past figures pile up: one query must still read them, not one per 32,767 (Prisma splits a
    // relation's list of ids, one per claim, past PostgreSQL's bind parameter limit).
    await addPastMoneyClaims(seeded.db, 33_000);
    const defaults = parseCompareParams(new URLSearchParams(""), today);
    seeded.queries.length = 0;
    const many = await loadCompare(seeded.db, defaults, knownByOf(defaults, today));
    expect(seeded.queries.length).toBe(small["(defaults)"]);
    expect(drawnPrograms(many).size).toBe(10);
  }, 180_000);
});
