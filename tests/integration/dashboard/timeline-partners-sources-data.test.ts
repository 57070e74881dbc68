import { describe, expect, it } from "vitest";
import { parseTimelineFilters } from "../../../lib/dashboard/timeline-params";
import { loadPartner, loadPartnerMatrix } from "../../../lib/data/partners";
import { countSources, loadSources } from "../../../lib/data/sources";
import { loadTimeline } from "../../../lib/data/timeline";
import { endOf } from "../../support/seeded-database";
import { useTestDatabase } from "../../support/test-database";

const seeded = useTestDatabase({ seeded: true });

const now = new Date("2026-05-01T12:00:00Z");
const timeline = (params: Record<string, string | string[]>, knownBy: Date | null = null) =>
  loadTimeline(seeded.db, knownBy, parseTimelineFilters(params), { now });

describe("loadTimeline", () => {
  it("has a lane per program with its milestones, a today line and undated milestones kept aside", async () => {
    const result = await timeline({});
    expect(result.lanes.map((l) => l.slug)).toEqual([
      "eurohpc-ai-factories",
      "stargate",
      "fluidstack-france",
      "atom-project",
      "genesis-mission",
    ]);
    expect(result.chart.lanes.map((l) => l.key)).toEqual(result.lanes.map((l) => l.slug));
    const genesis = result.lanes.find((l) => l.slug === "genesis-mission")!;
    expect(genesis.milestones.length).toBeGreaterThan(15);
    const marked = result.chart.lanes.find((l) => l.key === "genesis-mission")!.marks;
    expect(marked.length).toBe(genesis.milestones.filter((m) => m.due !== null).length);
    // ATOM's undated seed "milestones" were rhetoric, not milestones: they are no longer in the seed.
    expect(result.undated.map((m) => m.program.slug).sort()).toEqual(["genesis-mission"]);
    expect(result.chart.today.date).toBe("2026-05-01");
    expect(result.chart.today.x).toBeGreaterThan(result.chart.plot.left);
    // The 60-day deadline completed 20 days late draws a late-completion segment.
    const sixtyDay = genesis.milestones.find((m) => m.relative?.days === 60)!;
    expect(marked.find((m) => m.id === sixtyDay.id)!.completion).not.toBeNull();
    expect(marked.find((m) => m.id === sixtyDay.id)!.tooltip).toContain("20 days late");
  });

  it("filters by program and status, including overdue", async () => {
    const completed = await timeline({ program: ["stargate", "fluidstack-france"], status: "completed" });
    expect(completed.lanes.map((l) => l.slug)).toEqual(["stargate", "fluidstack-france"]);
    expect(completed.lanes.flatMap((l) => l.milestones).every((m) => m.status === "completed")).toBe(true);
    const overdue = await timeline({ status: "overdue" });
    const late = overdue.lanes.flatMap((l) => l.milestones);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((m) => m.overdue)).toBe(true);
    // Completed after the deadline: the Genesis Mission's 60-day deadline, met 20 days late, and nothing on time.
    const completedLate = (await timeline({ status: "completed_late" })).lanes.flatMap((l) => l.milestones);
    expect(completedLate.some((m) => m.relative?.days === 60 && m.completedLateByDays === 20)).toBe(true);
    expect(completedLate.every((m) => m.completedLateByDays !== null && m.completedLateByDays > 0)).toBe(true);
    const ignored = await timeline({ status: "nonsense", program: "NOT A SLUG!" });
    expect(ignored.lanes).toHaveLength(5);
  });

  it("on ?asOf=2025-01-01 shows only what was known then", async () => {
    const past = await loadTimeline(seeded.db, endOf("2025-01-01"), parseTimelineFilters({}));
    expect(past.lanes.map((l) => l.slug)).toEqual(["eurohpc-ai-factories"]);
    expect(past.today).toBe("2025-01-01");
    expect(JSON.stringify(past)).not.toContain("Genesis");
  });
});

describe("partners", () => {
  it("crosses organisations with programs, those in several programs first, with their roles", async () => {
    const matrix = await loadPartnerMatrix(seeded.db, null);
    expect(matrix.programs).toHaveLength(5);
    const several = matrix.organizations.filter((o) => o.programCount > 1);
    expect(several.length).toBeGreaterThanOrEqual(5);
    expect(matrix.organizations.slice(0, several.length)).toEqual(several);
    const nvidia = matrix.organizations.find((o) => o.slug === "nvidia")!;
    expect(nvidia.programCount).toBeGreaterThan(1);
    expect(Object.keys(nvidia.roles)).toContain("stargate");
    expect(nvidia.roles.stargate!.length).toBeGreaterThan(0);
  });

  it("leaves unconfirmed partnerships out of the matrix and its counts unless asked, and merges roles", async () => {
    const atomRoles = (m: Awaited<ReturnType<typeof loadPartnerMatrix>>, slug: string) =>
      m.organizations.find((o) => o.slug === slug)?.roles["atom-project"];
    const confirmed = await loadPartnerMatrix(seeded.db, null);
    const all = await loadPartnerMatrix(seeded.db, null, { unconfirmed: true });
    for (const slug of ["microsoft", "google", "meta"]) {
      expect(atomRoles(confirmed, slug)).toBeUndefined();
      expect(atomRoles(all, slug)).toBeDefined();
    }
    const oracle = confirmed.organizations.find((o) => o.slug === "oracle")!;
    expect(new Set(oracle.roles.stargate).size).toBe(oracle.roles.stargate!.length);
  });

  it("shows one organisation's roles with sources, and null for an unknown one", async () => {
    const nvidia = (await loadPartner(seeded.db, null, "nvidia"))!;
    expect(nvidia.name).toMatch(/NVIDIA/i);
    expect(new Set(nvidia.participations.map((p) => p.program.slug)).size).toBeGreaterThan(1);
    expect(nvidia.participations.every((p) => p.source.publisher.length > 0)).toBe(true);
    for (const slug of ["no-such-org", "a\u0000b"]) expect(await loadPartner(seeded.db, null, slug), slug).toBeNull();
  });

  it("on ?asOf=2025-01-01 leaves out partnerships of programs not yet announced", async () => {
    const matrix = await loadPartnerMatrix(seeded.db, endOf("2025-01-01"));
    expect(matrix.programs.every((p) => p.slug === "eurohpc-ai-factories")).toBe(true);
    expect(JSON.stringify(matrix)).not.toContain("genesis-mission");
  });
});

describe("loadSources", () => {
  it("lists every source that backs something, with what it backs", async () => {
    const sources = await loadSources(seeded.db, null);
    expect(sources.length).toBeGreaterThan(50);
    for (const source of sources) {
      const backed =
        source.funding.length +
        source.capacity.length +
        source.milestones.length +
        source.revisions.length +
        source.announcements.length +
        source.partners.length +
        source.exchangeRates.length;
      expect(backed).toBeGreaterThan(0);
    }
    const openai = sources.find((s) => s.funding.some((f) => f.label === "Stated investment intention over four years"))!;
    expect(openai.programs.map((p) => p.slug)).toContain("stargate");
    expect(openai.funding[0]!.path).toMatch(/^\/programs\/stargate#claim-/);
    expect(sources.some((s) => s.exchangeRates.length > 0)).toBe(true);
  });

  it("with a program, lists the sources its records cite and only those records, as many as countSources says", async () => {
    const all = await loadSources(seeded.db, null);
    const sources = await loadSources(seeded.db, null, { program: "stargate" });
    expect(sources.length).toBeGreaterThan(10);
    expect(sources.length).toBeLessThan(all.length);
    const items = sources.flatMap((s) => [...s.funding, ...s.capacity, ...s.milestones, ...s.revisions, ...s.announcements, ...s.partners]);
    expect(items.length).toBeGreaterThan(sources.length);
    expect(items.every((item) => item.program.slug === "stargate")).toBe(true);
    expect(await countSources(seeded.db, null, { program: "stargate" })).toBe(sources.length);
    expect(await countSources(seeded.db, null)).toBe(all.length);
    // Announcements are listed whole on the program's announcements page.
    expect(sources.flatMap((s) => s.announcements)[0]!.path).toMatch(/^\/programs\/stargate\/announcements#announcement-/);
  });

  it("on ?asOf=2025-01-01 shows no source published later and nothing about the Genesis Mission", async () => {
    const sources = await loadSources(seeded.db, endOf("2025-01-01"));
    expect(sources.every((s) => s.publishedOn === null || s.publishedOn <= "2025-01-01")).toBe(true);
    expect(JSON.stringify(sources)).not.toContain("genesis-mission");
  });
});
