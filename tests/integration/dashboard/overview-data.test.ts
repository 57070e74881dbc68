import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOverview } from "../../../lib/data/overview";
import { createSeededDatabase, endOf, type SeededDatabase } from "../../support/seeded-database";

let seeded: SeededDatabase;
beforeAll(async () => {
  seeded = await createSeededDatabase();
});
afterAll(() => seeded.drop());

const now = new Date("2026-05-01T12:00:00Z");

describe("loadOverview", () => {
  it("counts the programs and adds up one headline figure per program in USD, saying how", async () => {
    const overview = await loadOverview(seeded.db, null, { now });
    expect(overview.programs).toHaveLength(5);
    const { money } = overview;
    expect(money.counted).toBe(5);
    expect(money.claims.map((c) => c.programSlug).sort()).toEqual(["atom-project", "eurohpc-ai-factories", "fluidstack-france", "genesis-mission", "stargate"]);
    // Headlines only: Stargate's $450 bn update, Genesis's "of which" parts and rival figures are not added.
    const usd = Object.fromEntries(money.claims.map((c) => [c.programSlug, c.claim.money.usd.ok ? Number(c.claim.money.usd.figure.amount) : NaN]));
    expect(usd.stargate).toBe(500e9);
    expect(usd["genesis-mission"]).toBe(320e6);
    const expected = Object.values(usd).reduce((a, b) => a + b, 0);
    expect(Number(money.low)).toBeCloseTo(expected, 0);
    expect(money.low).toBe(money.high);
    expect(money.text).toMatch(/^\$51\d\u00a0bn$/);
    expect(money.ceilings).toEqual(["The Stargate Project"]);
    expect(money.floors.sort()).toEqual(["EuroHPC AI Factories", "Genesis Mission", "The ATOM Project"]);
    expect(money.unconverted).toEqual([]);
  });

  it("adds headline target power in one unit and keeps compute per precision", async () => {
    const { capacity } = await loadOverview(seeded.db, null, { now });
    // Stargate's headline "more than 10 GW" and Fluidstack's "up to 1 GW"; Stargate's superseded 7 and 8 GW are not added.
    expect(capacity.power).toMatchObject({ counted: 2, low: "11000", high: "11000", text: "11\u00a0GW" });
    expect(capacity.accelerators.counted).toBe(4);
    // No program has a headline compute target in the seed, so nothing is added across precisions.
    expect(capacity.compute).toEqual([]);
  });

  it("lists overdue and upcoming milestones judged on the given day", async () => {
    const overview = await loadOverview(seeded.db, null, { now });
    expect(overview.today).toBe("2026-05-01");
    const overdue = overview.overdue.map((m) => m.title);
    // The 90-day deliverable (due 2026-02-22) has no public evidence of completion.
    expect(overdue.some((t) => t.startsWith("Identify federal computing"))).toBe(true);
    expect(overview.overdue.every((m) => m.overdue && m.due!.deadline < "2026-05-01")).toBe(true);
    // The ATOM seed's invented deadline is unverified: on the timeline, not in the overview's lists.
    expect(overview.overdue.some((m) => m.confidence === "unverified")).toBe(false);
    const upcoming = overview.upcoming.map((m) => m.title);
    expect(upcoming.some((t) => t.startsWith("Review capabilities across DOE labs"))).toBe(true);
    expect(overview.upcoming.every((m) => !m.overdue && m.due!.deadline >= "2026-05-01")).toBe(true);
    expect(overview.overdueCount).toBeGreaterThanOrEqual(overview.overdue.length);
  });

  it("lists the latest announcements newest first, each with its program and source", async () => {
    const { announcements } = await loadOverview(seeded.db, null, { now });
    expect(announcements.length).toBeGreaterThan(3);
    const dates = announcements.map((a) => a.announcedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(announcements[0]).toMatchObject({ announcedOn: "2026-06-04", program: { slug: "genesis-mission" } });
    expect(announcements.every((a) => a.source.publisher.length > 0)).toBe(true);
  });

  it("on ?asOf=2025-01-01 shows only what was known then: no Genesis Mission", async () => {
    const overview = await loadOverview(seeded.db, endOf("2025-01-01"));
    expect(overview.today).toBe("2025-01-01");
    expect(overview.programs.map((p) => p.slug)).toEqual(["eurohpc-ai-factories"]);
    expect(JSON.stringify(overview)).not.toContain("Genesis");
    expect(overview.announcements.every((a) => a.announcedOn <= "2025-01-01")).toBe(true);
    // EuroHPC's headline (€2.6 bn) dates from October 2025, so no money was announced yet.
    expect(overview.money.counted).toBe(0);
  });

  it("in a past view, a milestone completed later was still open, and overdue once its deadline passed", async () => {
    const overview = await loadOverview(seeded.db, endOf("2026-02-01"));
    const sixtyDay = overview.overdue.find((m) => m.title.startsWith("Identify at least 20 national"));
    expect(sixtyDay).toMatchObject({ status: "planned", overdue: true, completedOn: null, due: { on: "2026-01-23" } });
  });
});
