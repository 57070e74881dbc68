// Queries per /compare view stay constant as data grows: the same SQL statement count with the 5
// seeded programs as with 500 more (each with funding and capacity claims and its own source).
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCompareParams } from "../../lib/charts/compare-params";
import { knownByOf, loadBudgetChart, loadCompare } from "../../lib/data/compare";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDatabase } from "../../lib/seed/seed-database";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: PrismaClient;
const statements: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ migrated: true });
  // Prisma's own query events, one per SQL statement sent through the pg driver adapter.
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => statements.push(event.query));
  db = client;
  await seedDatabase(db);
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const today = new Date("2026-11-21T12:00:00Z");
const views = ["", "claims=all&unverified=1", "currency=original&scale=log", "metric=power&claims=all", "metric=compute&unverified=1", "metric=accelerators", "asOf=2025-06-01&claims=all", "program=stargate&program=program-0001"];

async function countStatements(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const view of views) {
    const params = parseCompareParams(new URLSearchParams(view), today);
    statements.length = 0;
    await loadCompare(db, params, knownByOf(params, today));
    counts[view || "(defaults)"] = statements.length;
  }
  statements.length = 0;
  await loadBudgetChart(db, null);
  counts.budget = statements.length;
  return counts;
}

async function addPrograms(count: number): Promise<void> {
  const sources = Array.from({ length: count }, (_, i) => ({ id: randomUUID(), kind: "news" as const, title: `Article ${i}`, url: `https://example.org/${i}`, publisher: `Publisher ${i}`, publishedOn: new Date("2025-03-01"), reliability: "secondary" as const }));
  const programs = sources.map((_, i) => ({
    id: randomUUID(), slug: `program-${String(i).padStart(4, "0")}`, name: `Program ${i}`, country: "Nowhere", region: "Europe",
    kind: "public" as const, status: "active" as const, announcedOn: new Date("2025-02-01"), summary: "Generated.",
    publicationState: "published" as const, publishedAt: new Date("2025-02-01"),
  }));
  const claim = (i: number) => ({ programId: programs[i]!.id, sourceId: sources[i]!.id, confidence: "verified" as const, asOf: new Date("2025-03-01"), isHeadline: true });
  await db.source.createMany({ data: sources });
  await db.program.createMany({ data: programs });
  await db.fundingClaim.createMany({ data: programs.map((_, i) => ({ ...claim(i), label: "Budget", shape: "exact" as const, amount: String(1e6 * (i + 1)), currency: i % 2 ? "EUR" : "USD", kind: "committed" as const })) });
  await db.capacityClaim.createMany({
    data: programs.flatMap((_, i) => [
      { ...claim(i), label: "Power", metric: "power" as const, unit: "MW", shape: "exact" as const, value: String(i + 1), kind: "target" as const },
      { ...claim(i), label: "Chips", metric: "accelerators" as const, unit: "accelerators", shape: "up_to" as const, value: String(100 * (i + 1)), kind: "target" as const },
      { ...claim(i), label: "Compute", metric: "compute" as const, unit: "EFLOPS", precision: "fp64" as const, shape: "exact" as const, value: "1", kind: "target" as const, confidence: "unverified" as const },
    ]),
  });
}

describe("loadCompare query count", () => {
  it("runs the same SQL statements for 5 programs as for 505", async () => {
    const small = await countStatements();
    expect(small["(defaults)"]).toBeGreaterThan(0);
    // programs; claims, then their programs and sources by id (Prisma reads relations with one
    // IN query each); reference rates, then their sources. Capacity metrics need no rates.
    expect(small["(defaults)"]).toBe(6);
    expect(small["metric=power&claims=all"]).toBe(4);

    await addPrograms(500);
    expect(await db.program.count()).toBe(505);
    const large = await countStatements();

    expect(large).toEqual(small);
    // The generated programs are really read: each brings its own mark.
    const params = parseCompareParams(new URLSearchParams("metric=power&claims=all"), today);
    expect((await loadCompare(db, params, null)).chart.rows.length).toBeGreaterThan(500);
    const budget = await loadBudgetChart(db, null);
    expect(budget.chart.rows).toHaveLength(505);
  });
});
