import { describe, expect, it } from "vitest";
import { buildCompareChart } from "@/lib/charts/compare-chart";
import { placeCountry } from "@/lib/charts/map-countries";
import { relativePath, worldShapes } from "@/lib/charts/map-geo";
import {
  buildMapModel,
  classOf,
  LISTED_PER_PLACE,
  namedPrograms,
  mapClasses,
  mapLegendNotes,
  type MapProgram,
} from "@/lib/charts/map-model";
import { countryHref, mapRecords } from "@/lib/charts/map-rows";
import { countryTitle, renderMapSvg } from "@/lib/charts/map-svg";
import { defaultCompareParams } from "@/lib/dashboard/compare-params";
import { RATES } from "../money/reference-rates";
import { funding } from "./claims";

const params = { ...defaultCompareParams, currency: "original" as const, scale: "log" as const, claims: "all" as const };
const programs = [
  { slug: "us-a", name: "US A", country: "United States" },
  { slug: "us-b", name: "US B", country: "USA" },
  { slug: "fr", name: "French one", country: "France" },
  { slug: "eu", name: "EU region one", country: "European Union (EuroHPC participating states)" },
  { slug: "atlantis", name: "Atlantis one", country: "Atlantis" },
];
const chart = buildCompareChart(
  [
    funding({ programSlug: "us-a", programName: "US A", amount: "500000000000", currency: "USD", shape: "up_to" }),
    funding({ programSlug: "us-a", programName: "US A", amount: "2000000000", currency: "USD", isHeadline: false }),
    funding({ programSlug: "us-b", programName: "US B", amount: "300000000000", currency: "USD" }),
    funding({ programSlug: "fr", programName: "French one", amount: "2000000000", currency: "USD" }),
    funding({ programSlug: "eu", programName: "EU region one", amount: "3000000000", currency: "USD" }),
  ],
  params,
  RATES,
  programs.map((p) => p.slug),
);
const model = buildMapModel(chart, programs);
const byName = (name: string) => model.countries.find((c) => c.name === name)!;

describe("the world map", () => {
  it("projects Natural Earth's countries into a 960-wide box, without Antarctica", () => {
    const world = worldShapes();
    expect(world.width).toBe(960);
    expect(world.height).toBeGreaterThan(380);
    expect(world.height).toBeLessThan(480);
    expect(world.countries.some((c) => c.name === "Antarctica")).toBe(false);
    expect(world.countries.find((c) => c.id === "250")?.name).toBe("France");
    expect(world.countries.every((c) => /^m[-\d,lzm]+$/.test(c.d))).toBe(true);
  });

  it("writes path data as relative steps, restarting from a closed ring's first point", () => {
    expect(relativePath("M10,20L12,18L11,25ZM30,40L31,41Z")).toBe("m10,20l2-2l-1,7zm20,20l1,1z");
  });

  it("places a country by name or a common spelling, a region over its members, and nothing it cannot draw", () => {
    expect(placeCountry("United States")).toEqual({ kind: "country", ids: ["840"] });
    expect(placeCountry(" usa ")).toEqual({ kind: "country", ids: ["840"] });
    const eu = placeCountry("European Union (EuroHPC participating states)");
    expect(eu.kind === "region" && eu.ids.length).toBe(26);
    expect(placeCountry("Atlantis")).toEqual({ kind: "none" });
  });

  it("colours a country by its programs' largest single figure, never their sum", () => {
    const us = byName("United States of America");
    expect(us.programs.map((p) => [p.slug, p.value])).toEqual([
      ["us-a", 500e9],
      ["us-b", 300e9],
    ]);
    expect(us.value).toBe(500e9);
    expect(us.classIndex).toBe(classOf(500e9, chart.panels[0]!.ticks));
    expect(
      mapRecords(model)
        .filter((r) => r.country === "United States of America")
        .map((r) => r.value),
    ).toEqual([500e9, 300e9]);
  });

  it("draws a region program over every member, hatched, with the region's figure on one row", () => {
    const germany = byName("Germany");
    expect(germany.inRegion && germany.byRegion).toBe(true);
    expect(germany.classIndex).toBe(classOf(3e9, chart.panels[0]!.ticks));
    const france = byName("France");
    expect([france.inRegion, france.byRegion]).toEqual([true, false]);
    const records = mapRecords(model);
    expect(records.filter((r) => r.program_slug === "eu")).toEqual([
      expect.objectContaining({ country: "European Union", country_code: null }),
    ]);
    expect(mapLegendNotes(model).join(" ")).toMatch(
      /Figures are never added up.*Hatched: a member of the region "European Union".*not split/,
    );
    expect(mapLegendNotes(model).join(" ")).toMatch(/Not on the map \(no country shape\): Atlantis one \(Atlantis\)/);
  });

  it("gives every row's figure as stated (shape, low, high, unit, currency), the claim's date and its source", () => {
    const french = mapRecords(model).find((r) => r.program_slug === "fr")!;
    expect(french).toMatchObject({
      shape: "exact",
      value_low: "2000000000",
      value_high: "2000000000",
      unit: null,
      currency: "USD",
      as_of: "2025-02-10",
      source_title: 'A <b>bold</b> & "quoted" article',
      source_publisher: "Élysée",
      source_url: "https://example.org/a",
      source_published: "2025-02-10",
    });
    // The largest figure's own claim, not another of the program's; its shape says the amount is a ceiling.
    expect(mapRecords(model).find((r) => r.program_slug === "us-a")).toMatchObject({
      shape: "up_to",
      value_low: "500000000000",
      value_high: "500000000000",
    });
  });

  it("links a country with one program to it, and any other to the map's list", () => {
    expect(countryHref(byName("France"), "", "/map")).toBe("/programs/fr");
    expect(countryHref(byName("United States of America"), "", "/map")).toBe("/map#map-country-840");
    expect(countryHref(byName("Germany"), "https://x.org", "/map?metric=money")).toBe(
      "https://x.org/map?metric=money#map-region-european-union",
    );
  });

  it("makes one colour class per interval of the axis's ticks, pale to dark", () => {
    const classes = mapClasses({
      ticks: [
        { value: 1e9, label: "$1 bn" },
        { value: 1e10, label: "$10 bn" },
        { value: 1e11, label: "$100 bn" },
      ],
    });
    expect(classes.map((c) => c.label)).toEqual(["$1 bn to $10 bn", "$10 bn to $100 bn"]);
    expect(classes[0]!.colour).not.toBe(classes[1]!.colour);
    expect(
      classOf(5e8, [
        { value: 1e9, label: "" },
        { value: 1e10, label: "" },
      ]),
    ).toBe(0);
  });

  it("renders an SVG whose countries are escaped links and whose region members are hatched", () => {
    const svg = renderMapSvg(model, { idPrefix: "t", title: "A <map>", hrefOf: (c) => `/x/${c.id}` });
    expect(svg).toContain('<title id="t-title">A &lt;map&gt;</title>');
    expect(svg).toContain('href="/x/840"');
    expect(svg.match(/url\(#t-hatch\)/g)).toHaveLength(26);
  });
});

describe("a place with many programs", () => {
  const many: MapProgram[] = Array.from({ length: LISTED_PER_PLACE + 5 }, (_, i) => ({
    ...byName("France").programs[0]!,
    slug: `p${i}`,
    name: `Program ${i}`,
    value: i === 3 ? null : i,
  }));

  it("names the ones with the largest figures and counts the rest", () => {
    const { shown, more } = namedPrograms(many);
    expect(more).toBe(5);
    expect(shown.map((p) => p.name)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5].map((i) => `Program ${i}`));
    expect(namedPrograms(many.slice(0, 3))).toEqual({ shown: many.slice(0, 3), more: 0 });
  });

  it("keeps the map's tooltip to those, and says how many more", () => {
    const title = countryTitle({ ...byName("France"), programs: many });
    expect(title).toMatch(/^France: Program 14, .*; and 5 more programs$/);
    expect(title).not.toContain("Program 0,");
  });
});
