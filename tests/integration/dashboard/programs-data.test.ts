import { describe, expect, it } from "vitest";
import { parseProgramFilters } from "../../../lib/dashboard/programs-params";
import { loadProgramDetail } from "../../../lib/data/program-detail";
import { loadProgramAnnouncements } from "../../../lib/data/program-announcements";
import { loadProgramsTable } from "../../../lib/data/programs-table";
import { day, endOf } from "../../support/seeded-database";
import { useTestDatabase } from "../../support/test-database";

const seeded = useTestDatabase({ seeded: true });

const now = new Date("2026-05-01T12:00:00Z");
const table = (params: Record<string, string>, knownBy: Date | null = null) =>
  loadProgramsTable(seeded.db, knownBy, parseProgramFilters(params));

describe("loadProgramsTable", () => {
  it("lists the five programs by name with their newest headline money and its source", async () => {
    const { rows, regions, total, matching, page, pages } = await table({});
    expect({ total, matching, page, pages }).toEqual({ total: 5, matching: 5, page: 1, pages: 1 });
    expect(regions).toEqual(["Europe", "North America"]);
    expect(rows.map((r) => r.slug)).toEqual(["eurohpc-ai-factories", "fluidstack-france", "genesis-mission", "atom-project", "stargate"]);
    const fluidstack = rows.find((r) => r.slug === "fluidstack-france")!;
    expect(fluidstack.privateMoney).toMatchObject({ isHeadline: true, money: { text: "€10\u00a0bn" } });
    expect(fluidstack.privateMoney!.money.usd.ok && fluidstack.privateMoney!.money.usd.sentence).toContain("EUR/USD");
    expect(fluidstack.privateMoney!.source.publisher.length).toBeGreaterThan(0);
  });

  it("filters by region, status and kind in the database", async () => {
    expect((await table({ region: "Europe" })).rows.map((r) => r.slug).sort()).toEqual(["eurohpc-ai-factories", "fluidstack-france"]);
    expect((await table({ status: "proposed" })).rows.map((r) => r.slug)).toEqual(["atom-project"]);
    expect((await table({ kind: "public_private", region: "Europe" })).rows).toHaveLength(2);
    expect((await table({ kind: "public", region: "Europe" })).rows).toHaveLength(0);
  });

  it("sorts by country, announced date and each metric's headline figure in both directions", async () => {
    expect((await table({ sort: "announced" })).rows[0]!.slug).toBe("eurohpc-ai-factories");
    expect((await table({ sort: "announced", dir: "desc" })).rows[0]!.slug).toBe("genesis-mission");
    expect((await table({ sort: "country" })).rows[0]!.country).toBe("European Union");
    const slugs = async (params: Record<string, string>) => (await table(params)).rows.map((r) => r.slug);
    // Public money: EuroHPC's and Genesis's headline commitments; Stargate's is private money, not public.
    expect((await slugs({ sort: "public", dir: "desc" })).slice(0, 2)).toEqual(["eurohpc-ai-factories", "genesis-mission"]);
    expect((await slugs({ sort: "private", dir: "desc" })).slice(0, 2)).toEqual(["stargate", "fluidstack-france"]);
    expect((await slugs({ sort: "power", dir: "desc" }))[0]).toBe("stargate");
    expect((await slugs({ sort: "accelerators", dir: "desc" })).slice(0, 2)).toEqual(["stargate", "fluidstack-france"]);
    expect((await slugs({ sort: "overdue", dir: "desc" }))[0]).toBe("genesis-mission");
    // Programs without the figure come last in either direction: ATOM (a proposal) has no public money.
    expect((await slugs({ sort: "public" })).at(-1)).toBe("stargate");
    const stargate = (await table({ sort: "private", dir: "desc" })).rows[0]!;
    expect(stargate.privateMoney!.money.text).toMatch(/\$500\sbn/);
    expect(stargate.publicMoney).toBeNull();
  });

  it("falls back to the defaults on bad values instead of failing", async () => {
    const filters = parseProgramFilters({ sort: "drop table", dir: "sideways", status: "bogus", kind: ["private", "x"], region: "" });
    expect(filters).toMatchObject({ sort: "name", dir: "asc", page: 1, status: undefined, kind: "private", region: undefined });
    expect((await loadProgramsTable(seeded.db, null, filters)).rows.map((r) => r.slug)).toEqual(["stargate"]);
  });

  it("ignores a country or region with control characters (PostgreSQL refuses a NUL byte) and lists every program", async () => {
    for (const params of [{ country: "\0" }, { region: "Europe\0" }, { country: "Fr\u0007ance" }] as Record<string, string>[]) {
      const { country, region } = parseProgramFilters(params);
      expect({ country, region }).toEqual({ country: undefined, region: undefined });
      expect((await table(params)).rows).toHaveLength(5);
    }
  });

  it("filters by country and by overdue milestones, and pages 50 programs at a time", async () => {
    expect((await table({ country: "France" })).rows.map((r) => r.slug)).toEqual(["fluidstack-france"]);
    const overdue = await table({ overdue: "1" });
    expect(overdue.rows.length).toBeGreaterThan(0);
    expect(overdue.rows.every((r) => r.overdue > 0)).toBe(true);
    // A page beyond the last shows the last.
    expect(await table({ page: "9" })).toMatchObject({ page: 1, pages: 1 });
  });

  it("on ?asOf=2025-01-01 hides the Genesis Mission and every program announced later", async () => {
    const { rows, total } = await table({}, endOf("2025-01-01"));
    expect(rows.map((r) => r.slug)).toEqual(["eurohpc-ai-factories"]);
    expect(total).toBe(1);
  });
});

describe("loadProgramDetail", () => {
  it("answers null for an unknown slug, or one no program can have (PostgreSQL would refuse the NUL)", async () => {
    for (const slug of ["no-such-program", "a\u0000b", "\uD800", "x".repeat(5000)]) {
      expect(await loadProgramDetail(seeded.db, null, slug), slug).toBeNull();
      expect(await loadProgramAnnouncements(seeded.db, null, slug), slug).toBeNull();
    }
  });

  it("puts the headline first and keeps every other funding claim, superseded ones marked", async () => {
    const stargate = (await loadProgramDetail(seeded.db, null, "stargate", { now }))!;
    const [headline, ...others] = stargate.funding;
    expect(headline!.claim).toMatchObject({ isHeadline: true, label: "Stated investment intention over four years" });
    expect(others.every((n) => !n.claim.isHeadline)).toBe(true);
    const update = stargate.funding.find((n) => n.claim.money.text === "more than $450\u00a0bn")!;
    const earlier = stargate.funding.find((n) => n.claim.money.text === "more than $400\u00a0bn")!;
    expect(update.claim.supersedesId).toBe(earlier.claim.id);
    expect(earlier.supersededById).toBe(update.claim.id);
    expect(update.supersededById).toBeNull();
    // The incorrect EUR variant is kept on record beside the others, with its verdict.
    expect(stargate.funding.some((n) => n.claim.confidence === "incorrect" && n.claim.money.figure.currency === "EUR")).toBe(true);
  });

  it("shows 'of which' parts under their parent only, never as claims of their own", async () => {
    const genesis = (await loadProgramDetail(seeded.db, null, "genesis-mission", { now }))!;
    const awards = genesis.funding[0]!;
    expect(awards.claim.isHeadline).toBe(true);
    expect(awards.claim.money.text).toBe("more than $320\u00a0M");
    expect(awards.parts.map((p) => p.claim.label).every((label) => label.startsWith("of which"))).toBe(true);
    expect(awards.parts).toHaveLength(4);
    expect(genesis.funding.some((n) => n.claim.label.startsWith("of which"))).toBe(false);
  });

  it("groups capacity claims by measure, headline first, with the superseded power figures marked", async () => {
    const stargate = (await loadProgramDetail(seeded.db, null, "stargate", { now }))!;
    const power = stargate.capacity.find((g) => g.metric === "power")!;
    expect(power.claims[0]!.claim).toMatchObject({ isHeadline: true, text: "more than 10\u00a0GW" });
    const superseded = power.claims.filter((n) => n.supersededById !== null).map((n) => n.claim.text);
    // 5 → 7 → 8 → 10 GW: each update supersedes the one before; Michigan's 1 GW, by its 1.4 GW (2026 updates).
    expect(superseded.sort()).toEqual(["more than 1\u00a0GW", "more than 5\u00a0GW", "more than 8\u00a0GW", "≈ 7\u00a0GW"].sort());
    const genesis = (await loadProgramDetail(seeded.db, null, "genesis-mission", { now }))!;
    const compute = genesis.capacity.find((g) => g.metric === "compute")!.claims[0]!.claim;
    expect(compute).toMatchObject({ text: "2,200\u00a0EF", precisionLabel: "AI, low precision" });
  });

  it("resolves relative deadlines, flags completion late, and groups partners, announcements and sources", async () => {
    const genesis = (await loadProgramDetail(seeded.db, null, "genesis-mission", { now }))!;
    const sixtyDay = genesis.milestones.find((m) => m.title.startsWith("Identify at least 20 national"))!;
    expect(sixtyDay).toMatchObject({
      due: { on: "2026-01-23" },
      relative: { days: 60, anchorOn: "2025-11-24" },
      status: "completed",
      completedLateByDays: 20,
      overdue: false,
    });
    const undated = genesis.milestones.find((m) => m.relative?.days === 30)!;
    expect(undated.due).toBeNull();
    expect(undated.dueUnknownReason).toMatch(/^30 days after/);
    expect(genesis.partners[0]!.role).toBe("lead");
    expect(genesis.partners.find((g) => g.role === "mou_signatory")!.partners.length).toBeGreaterThanOrEqual(24);
    const dates = genesis.announcements.map((a) => a.announcedOn);
    expect(dates).toEqual([...dates].sort());
    expect(genesis.sources.length).toBeGreaterThan(5);
    expect(genesis.sources.every((s) => s.funding + s.capacity + s.milestones + s.partners + s.announcements > 0)).toBe(true);
  });

  it("shows slippage from a milestone's first recorded due date to its current one", async () => {
    const milestone = await seeded.db.milestone.findFirstOrThrow({ where: { title: "Formal gigafactory call launched" } });
    await seeded.db.milestoneRevision.create({
      data: {
        milestoneId: milestone.id,
        dueOn: day("2026-06-01"),
        duePrecision: "month",
        reason: "Call postponed",
        sourceId: milestone.sourceId,
      },
    });
    await seeded.db.milestone.update({
      where: { id: milestone.id },
      data: { dueOn: day("2026-06-01"), duePrecision: "month", dueText: null },
    });
    const eurohpc = (await loadProgramDetail(seeded.db, null, "eurohpc-ai-factories", { now }))!;
    const call = eurohpc.milestones.find((m) => m.id === milestone.id)!;
    expect(call.original).toMatchObject({ on: "2026-01-01", precision: "part_of_year", label: "early 2026" });
    expect(call.due).toMatchObject({ on: "2026-06-01", precision: "month", label: "Jun 2026" });
    // "early 2026" (January–April) → June: the deadline moved from 30 April to 30 June; the precision changed too.
    expect(call.slippage).toEqual({ days: 61, months: 2, text: "moved to Jun 2026; deadline 2 months (61 days) later" });
    const unchanged = eurohpc.milestones.find((m) => m.title.startsWith("Gigafactory selection concluded"))!;
    expect(unchanged.slippage).toBeNull();
  });

  it("on ?asOf=2025-01-01 has no Genesis Mission page", async () => {
    expect(await loadProgramDetail(seeded.db, endOf("2025-01-01"), "genesis-mission")).toBeNull();
    expect(await loadProgramDetail(seeded.db, endOf("2025-12-01"), "genesis-mission")).not.toBeNull();
  });
});
