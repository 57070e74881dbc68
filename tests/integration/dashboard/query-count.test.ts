// Queries per page stay constant as data grows: the same number of SQL statements for the five
// seeded programs as for 505 (the seed plus 500 generated ones, each with claims, milestones and
// partners). Statements are counted as Prisma sends them to PostgreSQL.
import { describe, expect, it } from "vitest";
import { parseProgramFilters } from "../../../lib/dashboard/programs-params";
import { parseTimelineFilters } from "../../../lib/dashboard/timeline-params";
import { loadBudgetChart } from "../../../lib/data/compare";
import { loadOverview } from "../../../lib/data/overview";
import { loadOverviewRanks } from "../../../lib/data/overview-ranks";
import { loadPartnerMatrix, loadPartnerPrograms } from "../../../lib/data/partners";
import { loadProgramAnnouncements } from "../../../lib/data/program-announcements";
import { loadProgramDetail } from "../../../lib/data/program-detail";
import { loadProgramsTable } from "../../../lib/data/programs-table";
import { loadSources } from "../../../lib/data/sources";
import { loadTimeline } from "../../../lib/data/timeline";
import { parseAsOf } from "../../../lib/dashboard/as-of";
import { generatePrograms } from "../../support/generate-programs";
import { useTestDatabase } from "../../support/test-database";

const seeded = useTestDatabase({ seeded: true });

const pastView = parseAsOf("2026-01-15");
const pages = {
  // The overview page runs its own loader, the ranked small multiples' and the budget chart's.
  "/": () => Promise.all([loadOverview(seeded.db, null), loadOverviewRanks(seeded.db, null), loadBudgetChart(seeded.db, null)]),
  "/?asOf=2026-01-15": () =>
    Promise.all([loadOverview(seeded.db, pastView), loadOverviewRanks(seeded.db, pastView), loadBudgetChart(seeded.db, pastView)]),
  "/programs": () => loadProgramsTable(seeded.db, null, parseProgramFilters({})),
  "/programs?region=Europe&sort=private": () =>
    loadProgramsTable(seeded.db, null, parseProgramFilters({ region: "Europe", sort: "private" })),
  "/programs?sort=power&dir=desc&page=3": () =>
    loadProgramsTable(seeded.db, null, parseProgramFilters({ sort: "power", dir: "desc", page: "3" })),
  "/programs/stargate": () => loadProgramDetail(seeded.db, null, "stargate"),
  "/programs/stargate/announcements": () => loadProgramAnnouncements(seeded.db, null, "stargate"),
  "/programs/stargate/announcements?asOf=2026-01-15": () => loadProgramAnnouncements(seeded.db, pastView, "stargate"),
  "/timeline": () => loadTimeline(seeded.db, null, parseTimelineFilters({})),
  "/partners": () => Promise.all([loadPartnerMatrix(seeded.db, null), loadPartnerPrograms(seeded.db, null)]),
  "/partners?program=stargate&kind=company": () => loadPartnerMatrix(seeded.db, null, { program: "stargate", kind: "company" }),
  "/sources": () => loadSources(seeded.db, null),
  "/sources?program=stargate": () => loadSources(seeded.db, null, { program: "stargate" }),
} as const;

async function countQueries(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [page, load] of Object.entries(pages)) {
    seeded.queries.length = 0;
    await load();
    counts[page] = seeded.queries.length;
  }
  return counts;
}

describe("queries per page", () => {
  it("are the same for 5 programs and for 505", async () => {
    const small = await countQueries();
    expect(await seeded.db.program.count()).toBe(5);
    await generatePrograms(seeded.db, 500);
    expect(await seeded.db.program.count()).toBe(505);
    const large = await countQueries();
    // The explorer fetches one page of 50, whatever the number of programs.
    expect(await loadProgramsTable(seeded.db, null, parseProgramFilters({}))).toMatchObject({ matching: 505, pages: 11 });
    expect((await loadProgramsTable(seeded.db, null, parseProgramFilters({}))).rows).toHaveLength(50);
    expect(large).toEqual(small);
    // A status view draws the ten programs holding the most such milestones, as the unfiltered view
    // does: drawing every program holding one made an unreadable page and, unticking one, an address
    // longer than the server takes.
    const completed = await loadTimeline(seeded.db, null, parseTimelineFilters({ status: "completed" }));
    expect(completed.lanes).toHaveLength(10);
    expect(completed.lanes.every((lane) => lane.milestones.every((m) => m.status === "completed"))).toBe(true);
    expect(completed.byDefault).toEqual(completed.lanes.map((lane) => lane.slug));
    // A small constant, not one query per program (the program page also reads its status history).
    for (const count of Object.values(small)) expect(count).toBeLessThanOrEqual(50);
    console.info("SQL statements per page:", small);
  });

  it("list a program's announcements in 3 statements, as the whole program lists them, live and in a past view", async () => {
    seeded.queries.length = 0;
    await loadProgramAnnouncements(seeded.db, null, "stargate");
    // The program, its announcements, their sources (27 for the whole program).
    expect(seeded.queries).toHaveLength(3);
    const counts: number[] = [];
    for (const knownBy of [null, pastView, parseAsOf("2025-02-01")]) {
      const detail = await loadProgramDetail(seeded.db, knownBy, "stargate");
      const listed = await loadProgramAnnouncements(seeded.db, knownBy, "stargate");
      expect(listed).toEqual(detail && { slug: detail.slug, name: detail.name, announcements: detail.announcements });
      counts.push(listed?.announcements.length ?? 0);
    }
    // The past views list fewer: the visibility rules are applied (lib/data/visibility.ts).
    console.info("Stargate's announcements: live, 2026-01-15, 2025-02-01:", counts);
    expect(counts[0]).toBeGreaterThan(counts[2]!);
    // A past view before the program was announced, and an unknown slug: none (the page answers 404).
    expect(await loadProgramAnnouncements(seeded.db, parseAsOf("2020-01-01"), "stargate")).toBeNull();
    expect(await loadProgramAnnouncements(seeded.db, null, "no-such-program")).toBeNull();
  });
});
