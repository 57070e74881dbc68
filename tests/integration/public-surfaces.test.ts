// Every public surface of the seeded database, read the way readers get it, must be written for
// readers: no research note, no seed file name, no editor note (issue 14, item 3). Pages are
// covered through the lib/data loaders they render (pages never read anything else); the API,
// embeds, chart SVGs, CSV files, oEmbed and the OpenAPI document through their route handlers.
import { describe, expect, it } from "vitest";
import { defaultCompareParams, type CompareParams } from "../../lib/dashboard/compare-params";
import { loadCompare } from "../../lib/data/compare";
import { loadOverview } from "../../lib/data/overview";
import { loadPartner, loadPartnerMatrix } from "../../lib/data/partners";
import { loadProgramDetail } from "../../lib/data/program-detail";
import { loadProgramsTable } from "../../lib/data/programs-table";
import { loadSources } from "../../lib/data/sources";
import { loadTimeline } from "../../lib/data/timeline";
import { defaultProgramFilters } from "../../lib/dashboard/programs-params";
import { parseTimelineFilters } from "../../lib/dashboard/timeline-params";
import { GET as compareEmbed } from "../../app/(embed)/embed/compare/route";
import { GET as programEmbed } from "../../app/(embed)/embed/program/[slug]/route";
import { GET as timelineEmbed } from "../../app/(embed)/embed/timeline/route";
import { call, origin, useSeededApi } from "../support/api-routes";
import { findResearchMarkers, type MarkerHit } from "../support/research-markers";
import type { SeededDatabase } from "../support/seeded-database";

const seeded = useSeededApi();
const metrics = ["money", "power", "accelerators", "compute"] as const;
const now = new Date("2026-07-01T12:00:00Z");

type Surface = { name: string; text: string };

async function body(name: string, response: Promise<Response>): Promise<Surface> {
  const answer = await response;
  if (answer.status !== 200) throw new Error(`${name} answered ${answer.status}`);
  return { name, text: await answer.text() };
}

const json = (name: string, value: unknown): Surface => ({ name, text: JSON.stringify(value) });

async function pageData(db: SeededDatabase["db"], slugs: string[], partners: string[]): Promise<Surface[]> {
  const compare = (metric: CompareParams["metric"]) => ({ ...defaultCompareParams, metric, claims: "all" as const, unverified: true });
  return [
    json("/", await loadOverview(db, null, { now })),
    json("/programs", await loadProgramsTable(db, null, defaultProgramFilters)),
    json("/timeline", await loadTimeline(db, null, parseTimelineFilters({}), { now })),
    json("/partners", await loadPartnerMatrix(db, null)),
    json("/sources", await loadSources(db, null)),
    ...(await Promise.all(metrics.map(async (m) => json(`/compare?metric=${m}`, await loadCompare(db, compare(m), null))))),
    ...(await Promise.all(slugs.map(async (slug) => json(`/programs/${slug}`, await loadProgramDetail(db, null, slug, { now }))))),
    ...(await Promise.all(partners.map(async (slug) => json(`/partners/${slug}`, await loadPartner(db, null, slug))))),
  ];
}

async function apiAnswers(slugs: string[]): Promise<Surface[]> {
  const get = (operation: string, url: string, params: Record<string, string> = {}) => body(url, call(operation, url, {}, params));
  const lists = ["/api/v1/programs", "/api/v1/milestones", "/api/v1/organisations", "/api/v1/sources", "/api/v1/compare"];
  const chartUrls = [
    ...metrics.map((m) => `/compare?metric=${m}&claims=all&unverified=1`),
    ...slugs.map((s) => `/programs/${s}`),
    "/timeline",
  ];
  return Promise.all([
    ...lists.map((path) => get(path, path)),
    ...lists.map((path) => get(path, `${path}?format=csv`)),
    ...metrics.map((m) => get("/api/v1/compare", `/api/v1/compare?metric=${m}&claims=all&unverified=1`)),
    ...slugs.map((slug) => get("/api/v1/programs/{slug}", `/api/v1/programs/${slug}`, { slug })),
    get("/api/v1/openapi.json", "/api/v1/openapi.json"),
    ...metrics.map((m) => get("/api/v1/charts/compare", `/api/v1/charts/compare?metric=${m}&claims=all&unverified=1&format=svg`)),
    get("/api/v1/charts/timeline", "/api/v1/charts/timeline?format=svg"),
    ...slugs.map((slug) => get("/api/v1/charts/program/{slug}", `/api/v1/charts/program/${slug}?format=svg`, { slug })),
    ...chartUrls.map((url) => get("/api/oembed", `/api/oembed?url=${encodeURIComponent(origin + url)}`)),
  ]);
}

async function embeds(slugs: string[]): Promise<Surface[]> {
  const at = (path: string) => new Request(origin + path);
  return Promise.all([
    ...metrics.map((m) => body(`/embed/compare?metric=${m}`, compareEmbed(at(`/embed/compare?metric=${m}&claims=all&unverified=1`)))),
    body("/embed/timeline", timelineEmbed(at("/embed/timeline"))),
    ...slugs.map((slug) =>
      body(`/embed/program/${slug}`, programEmbed(at(`/embed/program/${slug}`), { params: Promise.resolve({ slug }) })),
    ),
  ]);
}

async function allSurfaces(): Promise<Surface[]> {
  const { db } = seeded();
  const slugs = (await db.program.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((p) => p.slug);
  const partners = (await db.organization.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((o) => o.slug);
  return [...(await pageData(db, slugs, partners)), ...(await apiAnswers(slugs)), ...(await embeds(slugs))];
}

/** Editor notes long enough to be unmistakable: none may reach a reader verbatim. */
async function editorNotes(): Promise<string[]> {
  const { db } = seeded();
  const where = { editorNote: { not: null } };
  const select = { editorNote: true } as const;
  const rows = [
    ...(await db.fundingClaim.findMany({ where, select })),
    ...(await db.capacityClaim.findMany({ where, select })),
    ...(await db.milestone.findMany({ where, select })),
    ...(await db.participation.findMany({ where, select })),
    ...(await db.program.findMany({ where, select })),
    ...(await db.programStatusChange.findMany({ where, select })),
  ];
  return rows.flatMap((r) => (r.editorNote ?? "").split("\n")).filter((line) => line.length >= 40);
}

async function scan(): Promise<{ surfaces: number; hits: MarkerHit[] }> {
  const [surfaces, notes] = await Promise.all([allSurfaces(), editorNotes()]);
  return { surfaces: surfaces.length, hits: surfaces.flatMap((s) => findResearchMarkers(s.name, s.text, notes)) };
}

describe("every public surface of the seeded database", () => {
  it("is written for readers: no research marker, seed file name or editor note", { timeout: 240_000 }, async () => {
    const { surfaces, hits } = await scan();
    expect(surfaces).toBeGreaterThan(60);
    expect(hits).toEqual([]);
  });

  it("fails when one research note is put back where readers see it", { timeout: 240_000 }, async () => {
    const { db } = seeded();
    const claim = await db.fundingClaim.findFirstOrThrow({ where: { label: { startsWith: "of which SciDAC" } } });
    await db.fundingClaim.update({ where: { id: claim.id }, data: { notes: "Sub-line of the $320M; do not add to the total." } });
    try {
      const { hits } = await scan();
      expect(hits.map((h) => h.surface)).toContain("/programs/genesis-mission");
      expect(hits.some((h) => h.surface.startsWith("/api/v1/programs/genesis-mission"))).toBe(true);
    } finally {
      await db.fundingClaim.update({ where: { id: claim.id }, data: { notes: claim.notes } });
    }
  });
});
