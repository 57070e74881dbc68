import { describe, expect, it } from "vitest";
import { asOfDay, knownOnForm, withAsOf } from "../../../lib/dashboard/as-of";
import { parseProgramFilters, serializeProgramFilters } from "../../../lib/dashboard/programs-params";
import { parseTimelineFilters } from "../../../lib/dashboard/timeline-params";
import { sortRows, type ProgramRowDto } from "../../../lib/data/programs-table";

describe("/programs search params", () => {
  it("defaults to name ascending with no filter", () => {
    expect(parseProgramFilters({})).toEqual({ sort: "name", dir: "asc", region: undefined, status: undefined, kind: undefined });
  });

  it("keeps valid values, takes the first of repeated keys, and drops bad ones", () => {
    expect(parseProgramFilters({ region: "Europe", status: "active", kind: "public", sort: "usd", dir: "desc" })).toEqual({
      region: "Europe",
      status: "active",
      kind: "public",
      sort: "usd",
      dir: "desc",
    });
    expect(parseProgramFilters({ status: ["active", "proposed"], sort: ["country"] })).toMatchObject({ status: "active", sort: "country" });
    expect(parseProgramFilters({ status: "flying", kind: "", region: "x".repeat(101), sort: "price", dir: "up" })).toEqual({
      sort: "name",
      dir: "asc",
      region: undefined,
      status: undefined,
      kind: undefined,
    });
  });

  it("writes only what differs from the defaults back into links", () => {
    expect(serializeProgramFilters({ sort: "name", dir: "asc" }, null)).toBe("");
    expect(serializeProgramFilters({ sort: "usd", dir: "desc", region: "Europe" }, "2025-01-01")).toBe(
      "?region=Europe&sort=usd&dir=desc&asOf=2025-01-01",
    );
  });
});

describe("/timeline search params", () => {
  it("reads repeated programs and statuses, dropping unknown statuses and malformed slugs", () => {
    expect(parseTimelineFilters({ program: ["stargate", "Bad Slug!"], status: ["overdue", "lost", "completed"] })).toEqual({
      program: ["stargate"],
      status: ["overdue", "completed"],
    });
    expect(parseTimelineFilters({})).toEqual({ program: [], status: [] });
    expect(parseTimelineFilters({ status: "completed_late" })).toEqual({ program: [], status: ["completed_late"] });
  });
});

describe("the known-on form", () => {
  it("submits to the page's path with its other options, never a second asOf", () => {
    expect(knownOnForm("/compare?program=a&program=b&metric=power")).toEqual({
      action: "/compare",
      fields: [
        ["program", "a"],
        ["program", "b"],
        ["metric", "power"],
      ],
    });
    expect(knownOnForm("/programs/stargate#funding")).toEqual({ action: "/programs/stargate", fields: [] });
    expect(knownOnForm("/timeline?asOf=2025-01-01&status=overdue").fields).toEqual([["status", "overdue"]]);
  });
});

describe("past-view links", () => {
  const knownBy = new Date("2025-01-01T23:59:59.999Z");
  it("carry asOf, before any anchor", () => {
    expect(asOfDay(knownBy)).toBe("2025-01-01");
    expect(withAsOf("/programs/stargate#claim-1", knownBy)).toBe("/programs/stargate?asOf=2025-01-01#claim-1");
    expect(withAsOf("/timeline?program=x", knownBy)).toBe("/timeline?program=x&asOf=2025-01-01");
    expect(withAsOf("/sources", null)).toBe("/sources");
  });
});

describe("sortRows", () => {
  const row = (slug: string, usd: number | null, extra: Partial<ProgramRowDto> = {}): ProgramRowDto => ({
    slug,
    name: slug,
    country: "X",
    region: "R",
    kind: "public",
    status: "active",
    announcedOn: "2025-01-01",
    lead: null,
    headline: null,
    headlineUsdHigh: usd,
    ...extra,
  });
  it("puts programs without a USD figure last in both directions", () => {
    const rows = [row("none", null), row("small", 1), row("big", 10)];
    expect(sortRows(rows, { sort: "usd", dir: "asc" }).map((r) => r.slug)).toEqual(["small", "big", "none"]);
    expect(sortRows(rows, { sort: "usd", dir: "desc" }).map((r) => r.slug)).toEqual(["big", "small", "none"]);
  });
  it("sorts by announced date, ties by name", () => {
    const rows = [
      row("b", null, { announcedOn: "2025-02-01" }),
      row("a", null, { announcedOn: "2025-02-01" }),
      row("c", null, { announcedOn: "2024-01-01" }),
    ];
    expect(sortRows(rows, { sort: "announced", dir: "desc" }).map((r) => r.slug)).toEqual(["a", "b", "c"]);
  });
});
