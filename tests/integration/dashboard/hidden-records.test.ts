// Drafts, records on draft announcements and soft-deleted rows never reach a reader, on any page.
// Every hidden record carries the word SECRET; no loader's output may contain it.
import { beforeAll, describe, expect, it } from "vitest";
import { parseProgramFilters } from "../../../lib/dashboard/programs-params";
import { parseTimelineFilters } from "../../../lib/dashboard/timeline-params";
import { loadOverview } from "../../../lib/data/overview";
import { loadPartner, loadPartnerMatrix } from "../../../lib/data/partners";
import { loadProgramDetail } from "../../../lib/data/program-detail";
import { loadProgramsTable } from "../../../lib/data/programs-table";
import { loadSources } from "../../../lib/data/sources";
import { loadTimeline } from "../../../lib/data/timeline";
import { day } from "../../support/seeded-database";
import { useTestDatabase } from "../../support/test-database";

const seeded = useTestDatabase({ seeded: true });
const now = new Date("2026-05-01T12:00:00Z");

beforeAll(async () => {
  const db = seeded.db;
  const source = await db.source.create({
    data: {
      kind: "news",
      title: "SECRET source",
      publisher: "SECRET publisher",
      url: "https://example.org/secret",
      reliability: "secondary",
      publishedOn: day("2025-06-01"),
    },
  });
  const org = await db.organization.create({ data: { slug: "secret-org", name: "SECRET Org", kind: "company" } });
  const sourceId = source.id;
  const claim = { currency: "USD", kind: "pledged", confidence: "verified", sourceId, shape: "exact", amount: "999000000" } as const;
  const capacity = { metric: "power", unit: "MW", kind: "target", confidence: "verified", sourceId, shape: "exact", value: "999" } as const;
  const milestone = { dueOn: day("2026-03-01"), status: "planned", sourceId } as const;
  const secretProgram = {
    country: "France",
    region: "Europe",
    kind: "public",
    status: "announced",
    announcedOn: day("2025-03-01"),
    summary: "SECRET",
  } as const;

  // A draft program with everything hanging off it.
  const draft = await db.program.create({
    data: {
      slug: "secret-draft",
      name: "SECRET draft program",
      ...secretProgram,
      publicationState: "draft",
    },
  });
  await db.fundingClaim.create({ data: { ...claim, programId: draft.id, label: "SECRET draft-program claim", isHeadline: true } });
  await db.capacityClaim.create({ data: { ...capacity, programId: draft.id, label: "SECRET draft-program capacity", isHeadline: true } });
  await db.milestone.create({ data: { ...milestone, programId: draft.id, title: "SECRET draft-program milestone" } });
  await db.participation.create({ data: { programId: draft.id, organizationId: org.id, role: "funder", sourceId } });
  await db.announcement.create({
    data: {
      programId: draft.id,
      sourceId,
      title: "SECRET draft-program announcement",
      announcedOn: day("2025-03-01"),
      publicationState: "published",
      publishedAt: day("2025-03-01"),
    },
  });

  // A published, soft-deleted program.
  await db.program.create({
    data: {
      slug: "secret-deleted",
      name: "SECRET deleted program",
      ...secretProgram,
      publicationState: "published",
      publishedAt: day("2025-03-01"),
      deletedAt: new Date(),
    },
  });

  // On Stargate: a draft announcement bringing a claim (which would supersede the headline), a
  // capacity claim, a milestone and a partner; and soft-deleted claims and milestone.
  const stargate = await db.program.findUniqueOrThrow({ where: { slug: "stargate" } });
  const headline = await db.fundingClaim.findFirstOrThrow({ where: { programId: stargate.id, isHeadline: true } });
  const announcement = await db.announcement.create({
    data: { programId: stargate.id, sourceId, title: "SECRET draft announcement", announcedOn: day("2025-06-01") },
  });
  const onDraft = { programId: stargate.id, announcementId: announcement.id };
  await db.fundingClaim.create({
    data: { ...claim, ...onDraft, label: "SECRET claim on a draft announcement", isHeadline: true, supersedesId: headline.id },
  });
  await db.capacityClaim.create({ data: { ...capacity, ...onDraft, label: "SECRET capacity on a draft announcement", isHeadline: true } });
  await db.milestone.create({ data: { ...milestone, ...onDraft, title: "SECRET milestone on a draft announcement" } });
  await db.participation.create({ data: { ...onDraft, organizationId: org.id, role: "supplier", sourceId } });
  const deleted = { programId: stargate.id, deletedAt: new Date() };
  await db.fundingClaim.create({ data: { ...claim, ...deleted, label: "SECRET deleted claim", isHeadline: true } });
  await db.capacityClaim.create({ data: { ...capacity, ...deleted, label: "SECRET deleted capacity", isHeadline: true } });
  await db.milestone.create({ data: { ...milestone, ...deleted, title: "SECRET deleted milestone" } });
});

describe("hidden records", () => {
  it("were written (the test would prove nothing otherwise)", async () => {
    expect(await seeded.db.fundingClaim.count({ where: { label: { startsWith: "SECRET" } } })).toBe(3);
    expect(await seeded.db.milestone.count({ where: { title: { startsWith: "SECRET" } } })).toBe(3);
  });

  it("never appear on the overview, the programs table or a program page", async () => {
    const overview = await loadOverview(seeded.db, null, { now });
    expect(overview.programs).toHaveLength(5);
    expect(JSON.stringify(overview)).not.toContain("SECRET");
    expect(JSON.stringify(await loadProgramsTable(seeded.db, null, parseProgramFilters({})))).not.toContain("SECRET");
    const stargate = await loadProgramDetail(seeded.db, null, "stargate", { now });
    expect(JSON.stringify(stargate)).not.toContain("SECRET");
    // The draft correction does not mark the headline as superseded.
    expect(stargate!.funding[0]).toMatchObject({ claim: { isHeadline: true }, supersededById: null });
    expect(await loadProgramDetail(seeded.db, null, "secret-draft")).toBeNull();
    expect(await loadProgramDetail(seeded.db, null, "secret-deleted")).toBeNull();
  });

  it("never appear on the timeline, the partners pages or the sources page", async () => {
    expect(JSON.stringify(await loadTimeline(seeded.db, null, parseTimelineFilters({}), { now }))).not.toContain("SECRET");
    expect(JSON.stringify(await loadTimeline(seeded.db, null, parseTimelineFilters({ program: "secret-draft" }), { now }))).not.toContain(
      "SECRET",
    );
    expect(JSON.stringify(await loadPartnerMatrix(seeded.db, null))).not.toContain("SECRET");
    expect(await loadPartner(seeded.db, null, "secret-org")).toBeNull();
    expect(JSON.stringify(await loadSources(seeded.db, null))).not.toContain("SECRET");
  });
});
