// The overview's ranked small multiples: one stated figure per program, largest first, never a sum.
import { describe, expect, it } from "vitest";
import { defaultCompareParams } from "../../../lib/dashboard/compare-params";
import { loadCompare } from "../../../lib/data/compare";
import { loadOverviewRanks } from "../../../lib/data/overview-ranks";
import { endOf } from "../../support/seeded-database";
import { generatePrograms } from "../../support/generate-programs";
import { useTestDatabase } from "../../support/test-database";

const seeded = useTestDatabase({ seeded: true });

const bySlug = async (knownBy: Date | null = null) =>
  Object.fromEntries(
    (await loadOverviewRanks(seeded.db, knownBy)).map((r) => [r.metric, { count: r.count, slugs: r.rows.map((row) => row.slug) }]),
  );

describe("loadOverviewRanks", () => {
  it("ranks each measure by one headline figure per program, largest first", async () => {
    const ranks = await bySlug();
    expect(Object.keys(ranks)).toEqual(["public", "private", "power", "accelerators", "overdue"]);
    expect(ranks.public!.slugs.slice(0, 2)).toEqual(["eurohpc-ai-factories", "genesis-mission"]);
    // Stargate's headline money is private investment: ranked there, never among public money.
    expect(ranks.private!.slugs[0]).toBe("stargate");
    expect(ranks.public!.slugs).not.toContain("stargate");
    expect(ranks.accelerators!.slugs[0]).toBe("stargate");
    expect(ranks.overdue!.slugs[0]).toBe("genesis-mission");
    // A proposal's money is never funding: ATOM is in no money ranking.
    expect([...ranks.public!.slugs, ...ranks.private!.slugs]).not.toContain("atom-project");
  });

  it("gives each program the colour the comparison charts give it, the same in every card", async () => {
    const ranks = await loadOverviewRanks(seeded.db, null);
    const charts = await Promise.all(
      (["money", "accelerators", "power"] as const).map((metric) => loadCompare(seeded.db, { ...defaultCompareParams, metric }, null)),
    );
    const chartColours = charts.flatMap((data) => data.chart.panels.map((panel) => panel.colours));
    const rows = ranks.flatMap((rank) => rank.rows);
    expect(rows.map((row) => row.slug)).toEqual(expect.arrayContaining(["fluidstack-france", "atom-project"]));
    for (const row of rows) {
      for (const colours of chartColours) expect(colours[row.slug], row.slug).toBe(row.colour);
    }
  });

  it("shows the top five of each measure and counts the rest", async () => {
    await generatePrograms(seeded.db, 30);
    const ranks = await loadOverviewRanks(seeded.db, null);
    const publicMoney = ranks.find((r) => r.metric === "public")!;
    expect(publicMoney.rows).toHaveLength(5);
    expect(publicMoney.count).toBeGreaterThan(30);
    expect(publicMoney.rows[0]!.publicMoney!.source.publisher.length).toBeGreaterThan(0);
  });

  it("in a past view ranks only what was known then", async () => {
    const ranks = await bySlug(endOf("2025-01-01"));
    expect(Object.values(ranks).flatMap((r) => r.slugs)).not.toContain("genesis-mission");
  });
});
