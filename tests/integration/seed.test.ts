import { beforeAll, describe, expect, it } from "vitest";
import { buildSeedRows } from "../../lib/seed/build-rows";
import { idOf, keys } from "../../lib/seed/keys";
import { loadSeedInput } from "../../lib/seed/load-input";
import { seedDatabase, type SeedReport } from "../../lib/seed/seed-database";
import { genesisDeadlines } from "../factories/genesis-deadlines";
import { tableChecksums } from "../support/table-checksums";
import { useTestDatabase } from "../support/test-database";

const { db } = useTestDatabase();
let firstRun: SeedReport;
const rows = buildSeedRows(loadSeedInput());

beforeAll(async () => {
  firstRun = await seedDatabase(db);
});

describe("seedDatabase on a real PostgreSQL", () => {
  it("inserts exactly the mapped rows, with one audit event each", async () => {
    const expected = {
      Source: rows.sources.length,
      Organization: rows.organizations.length,
      Program: rows.programs.length,
      Announcement: rows.announcements.length,
      Participation: rows.participations.length,
      FundingClaim: rows.fundingClaims.length,
      CapacityClaim: rows.capacityClaims.length,
      Milestone: rows.milestones.length,
      MilestoneRevision: rows.milestoneRevisions.length,
      ExchangeRate: rows.exchangeRates.length,
      ProgramStatusChange: rows.statusChanges.length,
    };
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(firstRun.created).toEqual({ ...expected, AuditEvent: total });
    expect(await db.source.count()).toBe(expected.Source);
    expect(await db.fundingClaim.count()).toBe(expected.FundingClaim);
    expect(await db.capacityClaim.count()).toBe(expected.CapacityClaim);
    expect(await db.auditEvent.count({ where: { actorLabel: "seed", action: "create" } })).toBe(total);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Program", entityId: idOf(keys.program("us-stargate")) } });
    expect(audit.after).toMatchObject({ slug: "stargate", announcedOn: "2025-01-21T00:00:00.000Z" });
  });

  it("enters every dated update: nothing skipped, each edit audited as the seed's", async () => {
    expect(firstRun.skipped).toEqual([]);
    expect(firstRun.edited).toBeGreaterThanOrEqual(19);
    expect(await db.auditEvent.count({ where: { actorLabel: "seed", action: "update" } })).toBe(firstRun.edited);
    const fluidstack = await db.program.findUniqueOrThrow({ where: { slug: "fluidstack-france" } });
    expect(fluidstack.status).toBe("cancelled");
  });

  describe("on a database of its own", () => {
    const { db: other } = useTestDatabase();
    it("never applies an update to a row an editor changed", async () => {
      await seedDatabase(other, { ...loadSeedInput(), updates: [] });
      const id = idOf(keys.milestone("us-stargate", "Michigan campus construction start"));
      await other.milestone.update({ where: { id }, data: { statusDetail: "An editor's words", version: { increment: 1 } } });
      await other.auditEvent.create({
        data: { actorLabel: "editor@example.org", action: "update", entityType: "Milestone", entityId: id },
      });
      const report = await seedDatabase(other);
      expect(report.skipped).toEqual([expect.stringContaining(`U2026-022:0: Milestone ${id} was changed by an editor`)]);
      expect(await other.milestone.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "unknown",
        statusDetail: "An editor's words",
      });
      expect((await seedDatabase(other)).edited).toBe(0);
    });
  });

  it("publishes the five programs", async () => {
    const programs = await db.program.findMany({ where: { publicationState: "published", deletedAt: null }, orderBy: { slug: "asc" } });
    expect(programs.map((p) => p.slug)).toEqual([
      "atom-project",
      "eurohpc-ai-factories",
      "fluidstack-france",
      "genesis-mission",
      "stargate",
    ]);
  });

  it("gives every claim, milestone and participation a source", async () => {
    const orphans = await db.$queryRawUnsafe<Array<{ n: bigint }>>(`
      SELECT count(*) AS n FROM (
        SELECT source_id FROM funding_claim UNION ALL SELECT source_id FROM capacity_claim
        UNION ALL SELECT source_id FROM milestone UNION ALL SELECT source_id FROM participation
      ) c LEFT JOIN source s ON s.id = c.source_id WHERE s.id IS NULL`);
    expect(Number(orphans[0]!.n)).toBe(0);
  });

  it("resolves Genesis's relative deadlines to the six dates", async () => {
    const genesis = await db.program.findUniqueOrThrow({ where: { slug: "genesis-mission" } });
    const relative = await db.milestone.findMany({
      where: { programId: genesis.id, relativeDays: { not: null }, dueOn: { not: null } },
      orderBy: { relativeDays: "asc" },
    });
    expect(relative.map((m) => [m.relativeDays, m.dueOn!.toISOString().slice(0, 10)])).toEqual(genesisDeadlines);
    expect(relative.every((m) => m.anchorOn?.toISOString().startsWith("2025-11-24"))).toBe(true);
  });

  it("stores Stargate's USD 500bn and the seed's EUR 500bn as two claims of different confidence", async () => {
    const stargate = await db.program.findUniqueOrThrow({ where: { slug: "stargate" } });
    const claims = await db.fundingClaim.findMany({
      where: { programId: stargate.id, amount: "500000000000" },
      orderBy: { currency: "asc" },
    });
    expect(claims.map((c) => [c.currency, c.confidence, c.isHeadline])).toEqual([
      ["EUR", "incorrect", false],
      ["USD", "verified", true],
    ]);
  });

  it("changes nothing when run a second time", async () => {
    const before = await tableChecksums(db);
    const second = await seedDatabase(db);
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true);
    expect(second.edited).toBe(0);
    expect(second.created.AuditEvent).toBe(0);
    expect(await tableChecksums(db)).toEqual(before);
  });

  it("keeps an editor's correction to a seeded claim through a re-seed", async () => {
    const id = idOf(keys.funding("us-stargate", "Initial deployment 'immediately'"));
    await db.fundingClaim.update({ where: { id }, data: { amount: "90000000000", confidence: "reported", version: { increment: 1 } } });
    const before = await tableChecksums(db);
    await seedDatabase(db);
    expect(await db.fundingClaim.findUniqueOrThrow({ where: { id } })).toMatchObject({ confidence: "reported", version: 2 });
    expect((await db.fundingClaim.findUniqueOrThrow({ where: { id } })).amount?.toString()).toBe("90000000000");
    expect(await tableChecksums(db)).toEqual(before);
  });

  it("puts back a seeded row that was hard-deleted, and only that row, with a second audit event", async () => {
    const id = idOf(
      keys.funding("eu-eurohpc-ai-factories-investai", "Call: cooperation of AI Factories and Antennas (HORIZON-JU-EUROHPC-2026-COAIF-03)"),
    );
    await db.fundingClaim.delete({ where: { id } });
    const report = await seedDatabase(db);
    expect(Object.entries(report.created).filter(([, n]) => n > 0)).toEqual([
      ["FundingClaim", 1],
      ["AuditEvent", 1],
    ]);
    expect(await db.fundingClaim.findUnique({ where: { id } })).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityType: "FundingClaim", entityId: id } })).toBe(2);
  });

  describe("on a database of its own", () => {
    const { db: other } = useTestDatabase();
    it("uses an editor's row with the same natural key instead of duplicating it", async () => {
      const editors = await other.source.create({
        data: {
          ref: "G_EO",
          kind: "official_document",
          url: "https://www.govinfo.gov/eo",
          title: "EO 14363",
          publisher: "Federal Register",
          reliability: "primary",
        },
      });
      await other.exchangeRate.create({
        data: { currency: "EUR", year: 2025, usdPerUnit: "1.1", unitsPerUsd: "0.9", sourceId: editors.id },
      });
      const report = await seedDatabase(other);
      expect(report.created.Source).toBe(rows.sources.length - 1);
      expect(report.created.ExchangeRate).toBe(rows.exchangeRates.length - 1);
      const challenges = idOf(
        keys.milestone("us-genesis-mission", "Identify at least 20 national science and technology challenges (Sec. 4)"),
      );
      const milestone = await other.milestone.findUniqueOrThrow({ where: { id: challenges } });
      expect(milestone.sourceId).toBe(editors.id);
      expect(await other.source.count({ where: { ref: "G_EO" } })).toBe(1);
    });
  });
});
