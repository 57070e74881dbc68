import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BudgetChartView } from "../../components/charts/budget-chart";
import { defaultCompareParams, parseCompareParams, type CompareParams } from "@/lib/dashboard/compare-params";
import { knownByOf, loadBudgetChart, loadCompare } from "../../lib/data/compare";
import { createProgram, createSource } from "../factories/records";
import { useTestDatabase } from "../support/test-database";

const { db } = useTestDatabase({ seeded: true });

const today = new Date("2026-11-21T12:00:00Z");
const options = (query: string): CompareParams => parseCompareParams(new URLSearchParams(query), today);
const load = (query: string) => {
  const params = options(query);
  return loadCompare(db, params, knownByOf(params, today));
};

describe("loadCompare on the seeded programs", () => {
  it("draws each program's headline money in US dollars, converted at the stated rate, with its source", async () => {
    const data = await load("");
    expect(data.programs.map((p) => p.slug)).toEqual([
      "eurohpc-ai-factories",
      "stargate",
      "fluidstack-france",
      "atom-project",
      "genesis-mission",
    ]);
    // Largest first, whatever the programs' order.
    expect(data.chart.rows.map((r) => [r.programSlug, r.text])).toEqual([
      ["stargate", "up to $500\u00a0bn"],
      ["fluidstack-france", "≈ $11.3\u00a0bn"],
      ["eurohpc-ai-factories", "≈ more than $2.94\u00a0bn"],
      // ATOM is a proposal: its cost estimate is never drawn as money.
      ["genesis-mission", "more than $320\u00a0M"],
    ]);
    const fluidstack = data.chart.rows[1]!;
    expect(fluidstack.conversion).toContain("2025 average EUR/USD rate (ECB)");
    expect(fluidstack.source.publisher).not.toBe("");
    expect(data.chart.panels[0]!.domain).toEqual([0, 500e9]);
  });

  it("never draws an 'of which' part or a superseded figure, even with every claim shown", async () => {
    const data = await load("claims=all&unverified=1");
    const labels = data.chart.rows.map((r) => r.label);
    expect(labels.some((l) => l.startsWith("of which"))).toBe(false);
    expect(labels).toContain("Planned investment after Michigan site (>8 GW)");
    expect(labels).not.toContain("Planned investment covered by ~7 GW of announced sites");
    const power = await load("metric=power&claims=all");
    // Stargate's 5 → 7 → 8 → 10 GW updates: only the last is drawn.
    const stargate = power.chart.rows.filter((r) => r.programSlug === "stargate").map((r) => r.label);
    expect(stargate).toContain("Capacity secured (OpenAI statement)");
    for (const replaced of [
      "Capacity under development after Oracle 4.5 GW deal",
      "Planned capacity after five new sites",
      "Planned capacity after Michigan site",
    ]) {
      expect(stargate).not.toContain(replaced);
    }
  });

  it("splits compute by precision and keeps unverified claims out unless asked", async () => {
    expect((await load("metric=compute&claims=all")).chart.rows).toEqual([]);
    const compute = await load("metric=compute&claims=all&unverified=1");
    // Solstice + Equinox's AI exaFLOPS (mixed_ai) are related context beside Genesis, never drawn as its own.
    expect(compute.chart.panels.map((p) => p.key)).toEqual(["unspecified"]);
    expect(compute.chart.rows.every((r) => r.confidence === "unverified")).toBe(true);
  });

  it("in a past view shows what was known then: 2025-01-01 has no Genesis Mission, and older figures stand", async () => {
    const past = await load("asOf=2025-01-01&claims=all&unverified=1");
    expect(past.programs.map((p) => p.slug)).toEqual(["eurohpc-ai-factories"]);
    expect(past.chart.rows.every((r) => r.programSlug === "eurohpc-ai-factories")).toBe(true);
    expect(past.chart.rows.every((r) => (r.asOf ?? "") <= "2025-01-01")).toBe(true);
    const october = await load("asOf=2025-10-01&claims=all");
    const stargate = october.chart.rows.filter((r) => r.programSlug === "stargate").map((r) => r.label);
    expect(stargate).toContain("Planned investment covered by ~7 GW of announced sites");
    expect(stargate).not.toContain("Planned investment after Michigan site (>8 GW)");
    expect(october.programs.map((p) => p.slug)).not.toContain("genesis-mission");
  });

  it("folds a selection of every program into the default and reports unknown slugs", async () => {
    const every = await load(
      "program=eurohpc-ai-factories&program=stargate&program=fluidstack-france&program=atom-project&program=genesis-mission",
    );
    expect(every.params.programs).toEqual([]);
    const some = await load("program=stargate&program=no-such-program");
    expect(some.params.programs).toEqual(["no-such-program", "stargate"]);
    expect(some.unknownPrograms).toEqual(["no-such-program"]);
    expect(some.chart.rows.map((r) => r.programSlug)).toEqual(["stargate"]);
  });

  it("gives the overview's budget chart: headline money in US dollars", async () => {
    const budget = await loadBudgetChart(db, null);
    expect(budget.params).toEqual(defaultCompareParams);
    // Four programs: ATOM is a proposal, so its estimate is not money drawn beside the others.
    expect(budget.chart.rows).toHaveLength(4);
    const html = renderToStaticMarkup(createElement(BudgetChartView, { data: budget }));
    expect(html.match(/<rect [^>]*data-shape=/g)).toHaveLength(8); // the wide and the phone layout, one shown by CSS
    expect(html.match(/data-testid="source"/g)).toHaveLength(4); // one citation per footnote
    expect(html).toContain('href="/compare"');
  });
});

describe("loadCompare shows published data only", () => {
  it("leaves out draft and deleted programs, deleted claims, and claims of unpublished announcements", async () => {
    const source = await createSource(db);
    const draft = await createProgram(db, { slug: "draft-program", publicationState: "draft" });
    const gone = await createProgram(db, { slug: "deleted-program", deletedAt: new Date() });
    const live = await createProgram(db, { slug: "live-program" });
    const pending = await db.announcement.create({
      data: { programId: live.id, sourceId: source.id, title: "Not yet", announcedOn: new Date("2025-03-01"), publicationState: "draft" },
    });
    const claim = {
      currency: "USD",
      kind: "pledged",
      confidence: "verified",
      sourceId: source.id,
      shape: "exact",
      amount: "1000000",
      isHeadline: true,
    } as const;
    await db.fundingClaim.createMany({
      data: [
        { ...claim, programId: draft.id, label: "draft program's claim" },
        { ...claim, programId: gone.id, label: "deleted program's claim" },
        { ...claim, programId: live.id, label: "deleted claim", deletedAt: new Date() },
        { ...claim, programId: live.id, label: "unpublished announcement's claim", announcementId: pending.id },
        { ...claim, programId: live.id, label: "the visible claim" },
      ],
    });
    const data = await load("claims=all&unverified=1");
    expect(data.programs.map((p) => p.slug)).not.toContain("draft-program");
    expect(data.programs.map((p) => p.slug)).not.toContain("deleted-program");
    expect(data.chart.rows.filter((r) => r.programSlug.endsWith("-program")).map((r) => r.label)).toEqual(["the visible claim"]);
    const drafted = await load("program=draft-program");
    expect(drafted.chart.rows).toEqual([]);
    expect(drafted.unknownPrograms).toEqual(["draft-program"]);
  });
});
