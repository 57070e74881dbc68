// What the public API must never show: drafts (programs and announcements, with what hangs off
// them) and deleted records (programs, claims, milestones, partners, organisations). Each hidden
// record carries a marker in its text; no endpoint, in JSON or CSV, live or past, may contain one.
import { beforeAll, describe, expect, it } from "vitest";
import { call, useSeededApi } from "../support/api-routes";
import { day, type SeededDatabase } from "../support/seeded-database";

const seeded = useSeededApi();
const MARK = "HIDDENMARK";
// Hidden claims that published ones point at: not even their ids may show.
const hiddenIds: string[] = [];

async function hideThings(db: SeededDatabase["db"]) {
  const stargate = await db.program.findUniqueOrThrow({ where: { slug: "stargate" }, select: { id: true } });
  const source = (n: string) =>
    db.source.create({
      data: {
        kind: "news",
        title: `${MARK} source ${n}`,
        publisher: `${MARK} publisher ${n}`,
        url: `https://example.org/hidden/${n}`,
        publishedOn: day("2025-03-01"),
        reliability: "secondary",
      },
    });
  const org = (n: string, deleted = false) =>
    db.organization.create({
      data: { slug: `hidden-org-${n}`, name: `${MARK} org ${n}`, kind: "company", deletedAt: deleted ? new Date() : null },
    });
  const claim = async (programId: string, n: string, extra: { announcementId?: string; deletedAt?: Date }) =>
    db.fundingClaim.create({
      data: {
        programId,
        label: `${MARK} claim ${n}`,
        shape: "exact",
        amount: "1000000",
        currency: "USD",
        kind: "pledged",
        asOf: day("2025-03-01"),
        confidence: "verified",
        isHeadline: true,
        sourceId: (await source(`claim-${n}`)).id,
        ...extra,
      },
    });
  const milestone = async (programId: string, n: string, extra: { announcementId?: string; deletedAt?: Date }) =>
    db.milestone.create({
      data: {
        programId,
        title: `${MARK} milestone ${n}`,
        dueOn: day("2025-09-01"),
        status: "planned",
        sourceId: (await source(`milestone-${n}`)).id,
        ...extra,
      },
    });
  const partner = async (programId: string, n: string, extra: { announcementId?: string; deletedAt?: Date; deletedOrg?: boolean }) => {
    const { deletedOrg, ...rest } = extra;
    return db.participation.create({
      data: {
        programId,
        organizationId: (await org(n, deletedOrg)).id,
        role: "supplier",
        sourceId: (await source(`partner-${n}`)).id,
        ...rest,
      },
    });
  };

  // A draft program and a deleted one, each with a claim, a milestone and a partner.
  for (const state of ["draft", "deleted"] as const) {
    const program = await db.program.create({
      data: {
        slug: `hidden-${state}`,
        name: `${MARK} program ${state}`,
        country: "France",
        region: "Europe",
        kind: "public",
        status: "active",
        announcedOn: day("2025-02-10"),
        summary: MARK,
        publicationState: state === "draft" ? "draft" : "published",
        publishedAt: state === "draft" ? null : day("2025-02-10"),
        deletedAt: state === "deleted" ? new Date() : null,
      },
    });
    await claim(program.id, state, {});
    await milestone(program.id, state, {});
    await partner(program.id, state, {});
  }

  // On a published program: a draft announcement with a claim, a milestone, a partner and a revision.
  const draftSource = await source("draft-announcement");
  const draft = await db.announcement.create({
    data: { programId: stargate.id, sourceId: draftSource.id, title: `${MARK} draft announcement`, announcedOn: day("2025-03-01") },
  });
  const draftClaim = await claim(stargate.id, "in-draft", { announcementId: draft.id });
  await milestone(stargate.id, "in-draft", { announcementId: draft.id });
  await partner(stargate.id, "in-draft", { announcementId: draft.id });
  const visibleMilestone = await db.milestone.findFirstOrThrow({
    where: { programId: stargate.id, deletedAt: null, announcementId: null },
    select: { id: true },
  });
  await db.milestoneRevision.create({
    data: {
      milestoneId: visibleMilestone.id,
      dueOn: day("2031-01-01"),
      duePrecision: "day",
      reason: MARK,
      sourceId: (await source("revision")).id,
      announcementId: draft.id,
    },
  });

  // Deleted records on a published program, and a live participation of a deleted organisation.
  const deletedClaim = await claim(stargate.id, "deleted-on-stargate", { deletedAt: new Date() });

  // Published claims pointing at hidden ones: a part of the draft claim, a correction of the deleted one.
  const visibleSourceId = (
    await db.source.findFirstOrThrow({
      where: { title: { not: { contains: MARK } }, fundingClaims: { some: { programId: stargate.id } } },
      select: { id: true },
    })
  ).id;
  const pointing = (label: string, link: { parentId?: string; supersedesId?: string }) =>
    db.fundingClaim.create({
      data: {
        programId: stargate.id,
        label,
        shape: "exact",
        amount: "5",
        currency: "USD",
        kind: "pledged",
        asOf: day("2025-03-01"),
        confidence: "verified",
        sourceId: visibleSourceId,
        ...link,
      },
    });
  await pointing("A part of a draft claim", { parentId: draftClaim.id });
  await pointing("A correction of a deleted claim", { supersedesId: deletedClaim.id });
  hiddenIds.push(draftClaim.id, deletedClaim.id);
  await milestone(stargate.id, "deleted-on-stargate", { deletedAt: new Date() });
  await partner(stargate.id, "deleted-on-stargate", { deletedAt: new Date() });
  await partner(stargate.id, "deleted-org", { deletedOrg: true });
}

beforeAll(async () => {
  await hideThings(seeded().db);
});

const reads: [string, string, Record<string, string>?][] = [
  ["/api/v1/programs", "/api/v1/programs"],
  ["/api/v1/programs/{slug}", "/api/v1/programs/stargate", { slug: "stargate" }],
  ["/api/v1/compare", "/api/v1/compare?claims=all&unverified=1"],
  ["/api/v1/compare", "/api/v1/compare?claims=all&unverified=1&currency=original"],
  ["/api/v1/milestones", "/api/v1/milestones"],
  ["/api/v1/organisations", "/api/v1/organisations"],
  ["/api/v1/sources", "/api/v1/sources"],
];

describe("hidden records never reach the API", () => {
  const cases = reads
    .flatMap(([operation, url, params]) =>
      ["json", "csv"].flatMap((format) => ["live", "2025-12-31"].map((asOf) => ({ operation, url, params, format, asOf }))),
    )
    .filter((c) => !(c.format === "csv" && c.operation === "/api/v1/programs/{slug}"));

  it.each(cases)("$url as $format ($asOf)", async ({ operation, url, params, format, asOf }) => {
    const query = [`format=${format}`, ...(asOf === "live" ? [] : [`asOf=${asOf}`])].join("&");
    const response = await call(operation, `${url}${url.includes("?") ? "&" : "?"}${query}`, {}, params ?? {});
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.length).toBeGreaterThan(100);
    expect(text).not.toContain(MARK);
    for (const id of hiddenIds) expect(text).not.toContain(id);
  });

  // The picker's search answers JSON only, and nothing at all for these texts: only hidden programs match them.
  it.each(["live", "2025-12-31"])("/api/v1/program-names finds no hidden program (%s)", async (asOf) => {
    for (const q of [MARK, "hidden-d", "program d"]) {
      const response = await call("/api/v1/program-names", `/api/v1/program-names?q=${q}${asOf === "live" ? "" : `&asOf=${asOf}`}`);
      expect(response.status).toBe(200);
      expect(await response.json(), q).toEqual({ data: [], more: false });
    }
    const visible = await call("/api/v1/program-names", "/api/v1/program-names?q=stargate");
    expect(await visible.json()).toEqual({ data: [{ slug: "stargate", name: "The Stargate Project" }], more: false });
  });

  it.each(["hidden-draft", "hidden-deleted"])("answers 404 for the %s program", async (slug) => {
    const response = await call("/api/v1/programs/{slug}", `/api/v1/programs/${slug}`, {}, { slug });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(MARK);
  });
});
