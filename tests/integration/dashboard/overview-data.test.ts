import { describe, expect, it } from "vitest";
import { loadOverview } from "../../../lib/data/overview";
import { endOf } from "../../support/seeded-database";
import { useTestDatabase } from "../../support/test-database";

const seeded = useTestDatabase({ seeded: true });

const now = new Date("2026-05-01T12:00:00Z");

describe("loadOverview", () => {
  // The table: every headline and total on "/", the claims it contains, and why they may be added.
  // A set of one is that program's figure alone; nothing of a different kind, shape or quantity is
  // ever added, and a proposal's money (ATOM) is in no total.
  it("adds headline money only within comparable sets, each listing its members", async () => {
    const overview = await loadOverview(seeded.db, null, { now });
    expect(overview.programs).toHaveLength(5);
    const table = overview.money.sets.map((set) => [set.key, set.members.map((m) => m.programSlug), set.text]);
    expect(table).toEqual([
      // Public commitments stated as floors: Genesis's "more than $320 M" awards and EuroHPC's "more than €2.6 bn".
      ["public:floor", ["eurohpc-ai-factories", "genesis-mission"], expect.stringMatching(/^more than \$\d/)],
      // A private intention stated as a ceiling: Stargate's "up to $500 bn" stands alone.
      ["private:ceiling", ["stargate"], "up to $500\u00a0bn"],
      // A private intention stated as a figure: Fluidstack's €10 bn.
      ["private:stated", ["fluidstack-france"], expect.stringMatching(/^\$1\d(\.\d)?\u00a0bn$/)],
    ]);
    expect(overview.money.sets.find((s) => s.key === "public:floor")!.why).toMatch(/^All 2 are public commitments/);
    expect(overview.money.sets.find((s) => s.key === "private:ceiling")!.why).toMatch(/^Shown alone/);
    expect(overview.money.proposals.map((p) => p.programSlug)).toEqual(["atom-project"]);
    // No set adds a floor to a ceiling: the old "$515 bn" is gone.
    expect(overview.money.sets.some((s) => /51\d/.test(s.text))).toBe(false);
  });

  it("keeps target power, accelerators and compute apart by shape, and leaves proposals and related systems out", async () => {
    const { capacity } = await loadOverview(seeded.db, null, { now });
    const rows = (sets: typeof capacity.power) => sets.map((set) => [set.key, set.members.map((m) => m.programSlug), set.text]);
    // Stargate's "more than 10 GW" floor and Fluidstack's "up to 1 GW" ceiling are never added (no "11 GW").
    expect(rows(capacity.power)).toEqual([
      ["target:floor", ["stargate"], "more than 10\u00a0GW"],
      ["target:ceiling", ["fluidstack-france"], "up to 1\u00a0GW"],
    ]);
    // ATOM's proposed 10,000 GPUs (a proposal) and Genesis's Solstice (related: announced before the Mission) are in no total.
    expect(rows(capacity.accelerators).map(([key, members]) => [key, members])).toEqual([
      ["target:floor", ["stargate"]],
      ["target:stated", ["fluidstack-france"]],
    ]);
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
    // The latest dated update (U2026-024, the Frontier AI Grand Challenge winner).
    expect(announcements[0]).toMatchObject({ announcedOn: "2026-06-19", program: { slug: "eurohpc-ai-factories" } });
    expect(announcements.every((a) => a.source.publisher.length > 0)).toBe(true);
  });

  it("on ?asOf=2025-01-01 shows only what was known then: no Genesis Mission", async () => {
    const overview = await loadOverview(seeded.db, endOf("2025-01-01"));
    expect(overview.today).toBe("2025-01-01");
    expect(overview.programs.map((p) => p.slug)).toEqual(["eurohpc-ai-factories"]);
    expect(JSON.stringify(overview)).not.toContain("Genesis");
    expect(overview.announcements.every((a) => a.announcedOn <= "2025-01-01")).toBe(true);
    // EuroHPC's headline (€2.6 bn) dates from October 2025, so no money was announced yet.
    expect(overview.money.sets).toEqual([]);
  });

  it("in a past view, a milestone completed later was still open, and overdue once its deadline passed", async () => {
    const overview = await loadOverview(seeded.db, endOf("2026-02-01"));
    const sixtyDay = overview.overdue.find((m) => m.title.startsWith("Identify at least 20 national"));
    expect(sixtyDay).toMatchObject({ status: "planned", overdue: true, completedOn: null, due: { on: "2026-01-23" } });
  });
});
