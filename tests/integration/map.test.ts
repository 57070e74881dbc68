// The map's endpoint (image and rows) and its embed, called as Next calls them, on the seeded database.
import { beforeAll, describe, expect, it } from "vitest";
import { useSeededApi } from "../support/api-routes";
import { parseCsv } from "../support/parse-csv";
import { readableTexts } from "../support/rendered-text";

type Route = { GET: (request: Request) => Promise<Response> };
useSeededApi();
let api: Route;
let embed: Route;

beforeAll(async () => {
  api = (await import("../../app/api/v1/charts/map/route")) as Route;
  embed = (await import("../../app/(embed)/embed/map/route")) as Route;
});

const origin = "http://127.0.0.1:3231";
process.env.ATLAS_BASE_URL = origin;

const get = (route: Route, path: string) => route.GET(new Request(`${origin}${path}`));

describe("the map", () => {
  it("lists one row per country and program, the EU program once on its region's row, never a sum", async () => {
    const response = await get(api, "/api/v1/charts/map?format=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/compute-atlas_map_funding_usd_\d{4}-\d{2}-\d{2}\.csv/);
    const lines = (await response.text()).trim().split("\n");
    expect(lines[0]).toBe(
      "country,country_code,program_slug,program_name,region_program,figure,value,shape,value_low,value_high,unit,currency,scale," +
        "colour_class,as_of,source_title,source_publisher,source_url,source_published",
    );
    const countries = lines.slice(1).map((line) => line.split(",")[0]);
    expect(countries.filter((c) => c === "United States of America").length).toBe(3);
    expect(countries).toContain("France");
    // EuroHPC's money is the region's: one row, not one per member state.
    expect(countries.filter((c) => c === "European Union")).toHaveLength(1);
    expect(countries).not.toContain("Germany");
  });

  it("gives every figure in the CSV and the JSON its source, the claim's date and its value as stated", async () => {
    const rows = parseCsv(await (await get(api, "/api/v1/charts/map?format=csv")).text());
    const figures = rows.filter((row) => row.figure !== "");
    expect(figures.length).toBeGreaterThan(3);
    for (const row of figures) {
      expect(
        [row.source_title, row.source_publisher, row.value_high, row.currency].every((cell) => cell !== ""),
        row.program_slug,
      ).toBe(true);
    }
    expect(rows.find((row) => row.program_slug === "stargate")).toMatchObject({
      value_high: "500000000000",
      currency: "USD",
      unit: "",
      as_of: "2025-01-21",
      source_publisher: "OpenAI",
      source_url: "https://openai.com/index/announcing-the-stargate-project/",
    });
    type Row = Record<string, string | number | null>;
    const json = (await (await get(api, "/api/v1/charts/map?format=json&metric=power")).json()) as { data: { rows: Row[] } };
    const power = json.data.rows.filter((row) => row.figure !== null);
    expect(power.length).toBeGreaterThan(0);
    for (const row of power) expect([row.source_title, row.unit, row.value_high].includes(null), String(row.program_slug)).toBe(false);
    expect(power.every((row) => row.currency === null)).toBe(true);
  });

  it("answers its rows as JSON in the API's envelope, with the colour classes", async () => {
    const body = (await (await get(api, "/api/v1/charts/map?format=json&metric=power")).json()) as {
      data: { scale: unknown; classes: { label: string }[]; rows: { program_slug: string }[] };
    };
    expect(body.data.rows.length).toBeGreaterThan(0);
    expect(body.data.classes.length).toBeGreaterThan(0);
  });

  it("draws an SVG with the map, hatched region members and a one-line source; refuses a bad format", async () => {
    const response = await get(api, "/api/v1/charts/map?format=svg");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await response.text();
    expect(svg).toContain("url(#img-map-hatch)");
    expect(readableTexts(svg)[1]).toMatch(
      / Sources: \d+ documents? from .+?, listed at http:\/\/127\.0\.0\.1:3231\/map\?asOf=\d{4}-\d\d-\d\d $/,
    );
    expect(svg).not.toContain("[1]");
    const png = await get(api, "/api/v1/charts/map");
    expect(png.headers.get("content-type")).toBe("image/png");
    const bad = await get(api, "/api/v1/charts/map?format=gif");
    expect(bad.status).toBe(400);
  });

  it("embeds as a document whose countries link to their programs, with the rule in its legend", async () => {
    const response = await get(embed, "/embed/map");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`href="${origin}/programs/fluidstack`);
    expect(html).toMatch(/Figures are never added up/);
    expect(html).toMatch(/European Union/);
    expect(html).toContain("<svg");
  });

  it("names the source of every figure it lists", async () => {
    const html = await (await get(embed, "/embed/map")).text();
    const listed = html.slice(html.indexOf("Countries and their programs"));
    const figures = listed.match(/<\/a>: (?!no figure)/g) ?? [];
    expect(figures.length).toBeGreaterThan(0);
    expect(listed.match(/data-testid="source"/g)?.length).toBe(figures.length);
  });
});
