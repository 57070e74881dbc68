// The API's data downloads are the charts' data: /api/v1/compare lists the compare chart's rows and
// /api/v1/milestones the timeline chart's marks (then the undated milestones shown under it).
import { describe, expect, it } from "vitest";
import { parseCompareParams } from "@/lib/dashboard/compare-params";
import { parseTimelineFilters } from "../../lib/dashboard/timeline-params";
import { knownByOf, loadCompare } from "../../lib/data/compare";
import { loadTimeline } from "../../lib/data/timeline";
import { dataPath, parseCompareRef, parseProgramRef, parseTimelineRef } from "@/lib/charts/chart-ref";
import { call, useSeededApi } from "../support/api-routes";
import { parseCsv } from "../support/parse-csv";

const seeded = useSeededApi();

const compareQueries = [
  "",
  "metric=power&claims=all",
  "program=stargate&program=fluidstack-france&currency=original&claims=all&unverified=1",
  "currency=eur&asOf=2025-06-30",
  "metric=weight&scale=log",
];

describe("/api/v1/compare is the compare chart's data", () => {
  it.each(compareQueries)("CSV and JSON of ?%s list the chart's rows with the same values and sources", async (query) => {
    const params = parseCompareParams(new URLSearchParams(query));
    const chart = (await loadCompare(seeded().db, params, knownByOf(params))).chart;
    expect(chart.rows.length).toBeGreaterThan(0);
    const csv = parseCsv(await (await call("/api/v1/compare", `/api/v1/compare?${query}&format=csv`)).text());
    expect(
      csv.map((r) => [
        r.claim_id,
        r.program_slug,
        r.figure,
        r.as_stated,
        r.drawn_low,
        r.drawn_high,
        r.value_low,
        r.value_high,
        r.unit,
        r.currency,
      ]),
    ).toEqual(
      chart.rows.map((r) => [
        r.id,
        r.programSlug,
        r.text,
        r.original,
        String(r.value?.low ?? ""),
        String(r.value?.high ?? ""),
        r.stated.low ?? "",
        r.stated.high ?? "",
        r.stated.unit ?? "",
        r.stated.currency ?? "",
      ]),
    );
    expect(csv.map((r) => r.source_title)).toEqual(chart.rows.map((r) => r.source.title));
    // The figure as stated: a money row names its currency, a capacity row its unit, each with its number(s).
    for (const r of csv) {
      expect(r.value_low === "" || /^\d+(\.\d+)?$/.test(r.value_low!), r.claim_id).toBe(true);
      expect((r.unit === "") !== (r.currency === ""), r.claim_id).toBe(true);
    }
    const json = (await (await call("/api/v1/compare", `/api/v1/compare?${query}`)).json()) as { data: { rows: unknown[] } };
    expect(json.data.rows).toEqual(JSON.parse(JSON.stringify(chart.rows)));
  });

  it("states each figure as its source did, before conversion: Stargate's $500 bn stays 500000000000 USD in euro mode", async () => {
    const csv = parseCsv(
      await (await call("/api/v1/compare", "/api/v1/compare?program=stargate&currency=eur&claims=all&format=csv")).text(),
    );
    expect(csv.length).toBeGreaterThan(0);
    for (const r of csv) expect([r.currency, r.unit]).toEqual(["USD", ""]);
    expect(csv.some((r) => r.value_high === "500000000000" && r.drawn_high !== "500000000000")).toBe(true);
  });

  it("is what a compare or program-funding chart's dataPath downloads", async () => {
    for (const ref of [parseCompareRef(new URLSearchParams("metric=power&claims=all")), parseProgramRef("stargate", {})!]) {
      const path = dataPath(ref, "csv");
      expect(path.startsWith("/api/v1/compare?")).toBe(true);
      const response = await call("/api/v1/compare", path);
      expect(response.status).toBe(200);
      expect(parseCsv(await response.text()).length).toBeGreaterThan(0);
    }
  });
});

describe("/api/v1/milestones is the timeline chart's data", () => {
  it.each(["", "program=stargate", "status=overdue", "status=completed&status=delayed", "asOf=2025-06-30"])(
    "?%s lists the chart's marks lane by lane, then the undated ones",
    async (query) => {
      const search = new URLSearchParams(query);
      const grouped: Record<string, string[]> = {};
      for (const [key, value] of search) (grouped[key] ??= []).push(value);
      const asOf = search.get("asOf");
      const timeline = await loadTimeline(seeded().db, asOf ? new Date(`${asOf}T23:59:59.999Z`) : null, parseTimelineFilters(grouped));
      const marks = timeline.chart.lanes.map((lane) => [lane.key, lane.marks.map((m) => m.id).sort()]);
      const json = (await (await call("/api/v1/milestones", `/api/v1/milestones?${query}`)).json()) as {
        data: { milestones: { id: string; program: { slug: string }; due: unknown }[] };
      };
      const dated = json.data.milestones.filter((m) => m.due !== null);
      const laneOf = (key: string) =>
        dated
          .filter((m) => m.program.slug === key)
          .map((m) => m.id)
          .sort();
      expect(timeline.chart.lanes.map((lane) => [lane.key, laneOf(lane.key)])).toEqual(marks);
      expect(dated.length).toBe(marks.flatMap(([, ids]) => ids).length);
      expect(json.data.milestones.filter((m) => m.due === null).map((m) => m.id)).toEqual(timeline.undated.map((m) => m.id));
      const csv = parseCsv(await (await call("/api/v1/milestones", `/api/v1/milestones?${query}&format=csv`)).text());
      expect(csv.map((r) => r.milestone_id)).toEqual(json.data.milestones.map((m) => m.id));
    },
  );

  it("is what a timeline or program-milestones chart's dataPath downloads", async () => {
    for (const ref of [parseTimelineRef(new URLSearchParams("status=overdue")), parseProgramRef("stargate", { chart: "timeline" })!]) {
      const path = dataPath(ref, "json");
      expect(path.startsWith("/api/v1/milestones?")).toBe(true);
      expect((await call("/api/v1/milestones", path)).status).toBe(200);
    }
  });
});
