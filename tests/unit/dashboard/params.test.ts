import { describe, expect, it } from "vitest";
import { asOfDay, knownOnForm, withAsOf } from "../../../lib/dashboard/as-of";
import { parseProgramFilters, serializeProgramFilters } from "../../../lib/dashboard/programs-params";
import { parseSourcesQuery, sourcesPath } from "../../../lib/dashboard/sources-params";
import { parseTimelineFilters } from "../../../lib/dashboard/timeline-params";
import { sortPrograms, upperEnd, type ProgramSortKeys } from "../../../lib/data/programs-sort";

describe("/programs search params", () => {
  it("defaults to name ascending with no filter", () => {
    expect(parseProgramFilters({})).toEqual({ sort: "name", dir: "asc", page: 1 });
  });

  it("keeps valid values, takes the first of repeated keys, and drops bad ones", () => {
    expect(
      parseProgramFilters({ region: "Europe", country: "France", status: "active", kind: "public", sort: "power", dir: "desc", page: "3" }),
    ).toEqual({
      region: "Europe",
      country: "France",
      status: "active",
      kind: "public",
      overdue: undefined,
      sort: "power",
      dir: "desc",
      page: 3,
    });
    expect(parseProgramFilters({ status: ["active", "proposed"], sort: ["country"] })).toMatchObject({ status: "active", sort: "country" });
    // The public-money column was once sorted as "usd": old links keep their order.
    expect(parseProgramFilters({ sort: "usd", dir: "desc" })).toMatchObject({ sort: "public", dir: "desc" });
    expect(
      parseProgramFilters({ status: "flying", kind: "", region: "x".repeat(101), sort: "price", dir: "up", page: "-2", overdue: "yes" }),
    ).toEqual({
      sort: "name",
      dir: "asc",
      page: 1,
      region: undefined,
      country: undefined,
      status: undefined,
      kind: undefined,
      overdue: undefined,
    });
  });

  it("writes only what differs from the defaults back into links", () => {
    expect(serializeProgramFilters({ sort: "name", dir: "asc", page: 1 }, null)).toBe("");
    expect(serializeProgramFilters({ sort: "private", dir: "desc", region: "Europe", overdue: "1", page: 2 }, "2025-01-01")).toBe(
      "?region=Europe&overdue=1&sort=private&dir=desc&page=2&asOf=2025-01-01",
    );
  });
});

describe("/sources search params", () => {
  it("reads a program's slug and a page, and falls back to every source, page 1", () => {
    expect(parseSourcesQuery({ program: "stargate", page: "2" })).toEqual({ program: "stargate", page: 2 });
    expect(parseSourcesQuery({ program: "Not a slug!", page: "0" })).toEqual({ program: undefined, page: 1 });
    expect(parseSourcesQuery({ program: ["a", "b"], page: "x" })).toEqual({ program: "a", page: 1 });
  });

  it("writes only what is set, and the day of a past view", () => {
    expect(sourcesPath({ page: 1 }, null)).toBe("/sources");
    expect(sourcesPath({ program: "stargate", page: 1 }, null)).toBe("/sources?program=stargate");
    expect(sourcesPath({ program: "stargate", page: 3 }, "2025-06-01")).toBe("/sources?program=stargate&page=3&asOf=2025-06-01");
  });
});

describe("/timeline search params", () => {
  it("reads repeated programs and statuses, dropping unknown statuses and malformed slugs, in one order", () => {
    expect(parseTimelineFilters({ program: ["stargate", "Bad Slug!"], status: ["overdue", "lost", "completed"] })).toEqual({
      program: ["stargate"],
      status: ["completed", "overdue"],
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

describe("sortPrograms", () => {
  const row = (slug: string, extra: Partial<ProgramSortKeys> = {}): ProgramSortKeys => ({
    slug,
    name: slug,
    country: "X",
    announcedOn: "2025-01-01",
    public: null,
    private: null,
    power: null,
    accelerators: null,
    compute: null,
    overdue: 0,
    ...extra,
  });
  const slugs = (rows: ProgramSortKeys[]) => rows.map((r) => r.slug);

  it("puts programs without the figure last in both directions", () => {
    const rows = [row("none"), row("small", { public: 1 }), row("big", { public: 10 })];
    expect(slugs(sortPrograms(rows, { sort: "public", dir: "asc" }))).toEqual(["small", "big", "none"]);
    expect(slugs(sortPrograms(rows, { sort: "public", dir: "desc" }))).toEqual(["big", "small", "none"]);
  });

  it("sorts each metric by its own figure", () => {
    const rows = [row("a", { power: 5, accelerators: 100 }), row("b", { power: 50, accelerators: 1 }), row("c", { overdue: 3 })];
    expect(slugs(sortPrograms(rows, { sort: "power", dir: "desc" }))).toEqual(["b", "a", "c"]);
    expect(slugs(sortPrograms(rows, { sort: "accelerators", dir: "desc" }))).toEqual(["a", "b", "c"]);
    expect(slugs(sortPrograms(rows, { sort: "overdue", dir: "desc" }))).toEqual(["c", "a", "b"]);
  });

  it("never compares compute figures of different precisions: FP64 first, then AI, each by value", () => {
    const rows = [
      row("ai-big", { compute: { value: 1000, precision: "mixed_ai" } }),
      row("fp64-small", { compute: { value: 1, precision: "fp64" } }),
      row("fp64-big", { compute: { value: 2, precision: "fp64" } }),
      row("none"),
    ];
    expect(slugs(sortPrograms(rows, { sort: "compute", dir: "desc" }))).toEqual(["fp64-big", "fp64-small", "ai-big", "none"]);
  });

  it("sorts by announced date, ties by name", () => {
    const rows = [
      row("b", { announcedOn: "2025-02-01" }),
      row("a", { announcedOn: "2025-02-01" }),
      row("c", { announcedOn: "2024-01-01" }),
    ];
    expect(slugs(sortPrograms(rows, { sort: "announced", dir: "desc" }))).toEqual(["a", "b", "c"]);
  });

  it("reads a range by its upper end and a single figure as itself", () => {
    expect(upperEnd({ shape: "range", value: null, high: 9 })).toBe(9);
    expect(upperEnd({ shape: "up_to", value: 4, high: null })).toBe(4);
  });
});
