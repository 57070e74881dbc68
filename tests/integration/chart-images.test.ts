// The chart image routes, called as Next calls them, on the seeded database.
import { inflateSync } from "node:zlib";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readChunks, readTexts } from "../../lib/images/png-chunks";
import { hostileQuery, hostileValue } from "../support/hostile-values";
import { useSeededApi } from "../support/api-routes";

type Route = { GET: (request: Request, context?: never) => Promise<Response> };
// The seeded database, and a rate limit (images have the API's) too high to interfere.
useSeededApi();
let compare: Route;
let timeline: Route;
let program: { GET: (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response> };

beforeAll(async () => {
  compare = (await import("../../app/api/v1/charts/compare/route")) as Route;
  timeline = (await import("../../app/api/v1/charts/timeline/route")) as Route;
  program = await import("../../app/api/v1/charts/program/[slug]/route");
});

const origin = "http://127.0.0.1:3230";
// Permalinks name ATLAS_BASE_URL (lib/embed/site-origin.ts), read on first use, after this line.
process.env.ATLAS_BASE_URL = origin;
const today = new Date().toISOString().slice(0, 10);

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const request = new Request(`${origin}${path}`, { headers });
  const slug = /^\/api\/v1\/charts\/program\/([^/?]*)/.exec(path)?.[1];
  if (slug !== undefined) return program.GET(request, { params: Promise.resolve({ slug: decodeURIComponent(slug) }) });
  return (path.startsWith("/api/v1/charts/timeline") ? timeline : compare).GET(request);
}

async function svgOf(path: string): Promise<string> {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
  return response.text();
}

/** The words of an SVG document's <text> lines, wrapped lines joined again. */
function textOf(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
}

/** Signature, header, chunk CRCs and the image data inflating to the size the header promises. */
function checkPng(bytes: Buffer): { width: number; height: number; texts: Record<string, string> } {
  const chunks = readChunks(bytes);
  expect(chunks[0]!.type).toBe("IHDR");
  expect(chunks.at(-1)!.type).toBe("IEND");
  expect(chunks.every((c) => c.crcOk)).toBe(true);
  const [width, height] = [chunks[0]!.data.readUInt32BE(0), chunks[0]!.data.readUInt32BE(4)];
  expect([chunks[0]!.data[8], chunks[0]!.data[9]]).toEqual([8, 6]);
  const idat = Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data));
  expect(inflateSync(idat).length).toBe(height * (1 + width * 4));
  return { width, height, texts: readTexts(bytes) };
}

describe("chart images", () => {
  it("draws the compare chart as a PNG by default, named by its title and page in text chunks", async () => {
    const response = await get("/api/v1/charts/compare");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="compute-atlas_compare_funding_usd_${today}.png"`);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
    const png = checkPng(Buffer.from(await response.arrayBuffer()));
    // Sized to the chart (its 680 px panel at 1.35×, plus margins, at twice the SVG's size), with no
    // list of footnotes below it: 2400 × 2266 before.
    expect(png.width).toBe(1996);
    expect(png.height).toBeGreaterThan(1000);
    expect(png.height).toBeLessThan(2000);
    expect(png.texts).toEqual({ Title: "Money announced, in US dollars, by program", Source: `${origin}/compare?asOf=${today}` });
  });

  it("answers a revalidation with the same ETag by 304, with no body", async () => {
    const first = await get("/api/v1/charts/compare?format=png&metric=power");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\//);
    const again = await get("/api/v1/charts/compare?format=png&metric=power", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    const svg = await get("/api/v1/charts/compare?format=svg&metric=power", { "If-None-Match": etag });
    expect(svg.status).toBe(200);
  });

  it("draws the same chart as a standalone SVG: title, numbered marks, date and a one-line source, unable to run anything", async () => {
    const response = await get("/api/v1/charts/compare?format=svg");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const svg = await response.text();
    expect(svg).toMatch(/^<\?xml[^>]*\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="998"/);
    expect(svg.match(/>Money announced, in US dollars, by program<\/text>/g)).toHaveLength(1);
    expect(svg).not.toContain(">Money in US dollars</text>"); // the one panel's heading would repeat the title
    // The largest figure comes first, its mark numbered as its footnote is on the page.
    expect(svg).toMatch(/>The Stargate Project<\/tspan>.*>Fluidstack AI<\/tspan>/s);
    expect(svg).toContain(">up to $500\u00a0bn\u00a0[1]</tspan>");
    // The sources are counted and named in one line; the page the permalink opens lists them all.
    expect(svg).not.toContain("Figures and sources");
    expect(svg).not.toContain("https://openai.com/index/announcing-the-stargate-project/");
    // A live chart links the view of its data day: the page that lists these sources under these numbers, also tomorrow.
    expect(textOf(svg)).toMatch(/Sources: 4 documents from OpenAI, .* and 1 other publisher, listed at \S+$/);
    expect(textOf(svg).endsWith(` listed at ${origin}/compare?asOf=${today}`)).toBe(true);
    expect(svg).toContain(`Data as of ${today}.`);
    expect(svg).toContain(`${origin}/compare?asOf=${today}</text>`);
    expect(svg).not.toMatch(/<script|<div|style="width:100%/);
  });

  it("draws every kind: money with all claims, original currencies in several panels, power, pinned", async () => {
    const all = await svgOf("/api/v1/charts/compare?format=svg&claims=all&unverified=1");
    expect(new Set(all.match(/\[\d+\]/g)).size).toBeGreaterThan(20);
    const original = await svgOf("/api/v1/charts/compare?format=svg&currency=original&claims=all");
    expect(original.match(/<svg x="40"/g)!.length).toBeGreaterThan(1);
    expect(original).toContain("Money announced, in original currencies, by program");
    const power = await svgOf("/api/v1/charts/compare?format=svg&metric=power&scale=log&program=stargate");
    expect(power).toContain("Power announced: The Stargate Project");
    expect(power).toContain("log scale");
    const pinned = await svgOf("/api/v1/charts/compare?format=svg&asOf=2025-03-01");
    expect(textOf(pinned)).toContain("as known on 2025-03-01");
    expect(pinned).toContain("Data as of 2025-03-01.");
    expect(pinned).toContain(`${origin}/compare?asOf=2025-03-01</text>`);
  });

  it("draws the timeline with its lanes, numbered marks keyed to a list, and a one-line source, as SVG and PNG", async () => {
    const svg = await svgOf("/api/v1/charts/timeline?format=svg&status=completed");
    expect(svg).toContain("Milestones (completed) of every program");
    expect(svg).toContain("The Stargate Project</text>");
    // Each mark's number is drawn beside it and once more in the key, before the milestone's title.
    const numbers = [...svg.matchAll(/data-testid="mark-number">(\d+)</g)].map((m) => m[1]);
    expect(numbers.length).toBeGreaterThan(5);
    for (const n of numbers) expect(svg).toContain(`text-anchor="end" fill="#0f172a">${n}</text>`);
    expect(svg).not.toContain(">Sources</text>");
    expect(textOf(svg)).toMatch(/Sources: \d+ documents from .*, listed at \S+\/timeline\?status=completed&amp;asOf=\d{4}-\d\d-\d\d$/);
    expect(svg).toContain(`${origin}/timeline?status=completed&amp;asOf=${today}</text>`);
    const png = await get("/api/v1/charts/timeline?program=stargate");
    expect(png.headers.get("content-disposition")).toBe(`inline; filename="compute-atlas_timeline_stargate_${today}.png"`);
    expect(checkPng(Buffer.from(await png.arrayBuffer())).texts.Title).toBe("Milestones: The Stargate Project");
  });

  it("draws a program's funding and milestones charts, linking to the program page", async () => {
    const funding = await get("/api/v1/charts/program/stargate");
    expect(funding.headers.get("content-disposition")).toBe(`inline; filename="compute-atlas_stargate_funding_${today}.png"`);
    const { texts } = checkPng(Buffer.from(await funding.arrayBuffer()));
    expect(texts).toEqual({
      Title: "The Stargate Project: money announced, in US dollars",
      Source: `${origin}/programs/stargate?asOf=${today}#funding`,
    });
    const milestones = await svgOf("/api/v1/charts/program/genesis-mission?chart=timeline&format=svg");
    expect(milestones).toContain(">Genesis Mission: milestones</text>");
    expect(milestones).not.toContain("The Stargate Project</text>");
    expect(milestones).toContain(`${origin}/programs/genesis-mission?asOf=${today}#milestones</text>`);
  });

  it("refuses another format with 400 and an unknown or not yet visible program with 404, in the API's error shape", async () => {
    for (const [path, status, code] of [
      ["/api/v1/charts/compare?format=gif", 400, "bad_request"],
      ["/api/v1/charts/timeline?format=jpeg", 400, "bad_request"],
      ["/api/v1/charts/program/stargate?format=webp", 400, "bad_request"],
      ["/api/v1/charts/program/no-such-program", 404, "not_found"],
      ["/api/v1/charts/program/Not_A_Slug?format=svg", 404, "not_found"],
      ["/api/v1/charts/program/genesis-mission?asOf=2025-06-01&chart=timeline", 404, "not_found"],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect((await response.json()).error.code).toBe(code);
    }
  });

  it("never answers 5xx, whatever the query", async () => {
    const value = fc.oneof(
      hostileValue.filter((v): v is string => typeof v === "string"),
      fc.constantFrom("power", "log", "all", "original", "stargate", "completed", "timeline", "2025-03-01", "1"),
    );
    const path = fc.constantFrom(
      "/api/v1/charts/compare",
      "/api/v1/charts/timeline",
      "/api/v1/charts/program/stargate",
      "/api/v1/charts/program/atom-project",
    );
    const format = fc.constantFrom("svg", "svg", "svg", "png", "gif", "");
    await fc.assert(
      fc.asyncProperty(path, format, hostileQuery(value), async (base, f, pairs) => {
        const query = new URLSearchParams(pairs);
        if (f) query.set("format", f);
        const response = await get(`${base}?${query}`);
        expect([200, 400, 404], `${base}?${query}`).toContain(response.status);
        if (response.status === 200 && f === "svg") expect(await response.text()).toContain("Data as of");
      }),
      { numRuns: 40 },
    );
  });
});

describe("the permalink inside an image", () => {
  it("names the configured address, never the request's Host nor its localhost URL", async () => {
    const headers = { host: "evil.test", "x-forwarded-proto": "https" };
    const at = (format: string) => new Request(`http://localhost:3000/api/v1/charts/program/stargate?format=${format}`, { headers });
    const svg = await (await program.GET(at("svg"), { params: Promise.resolve({ slug: "stargate" }) })).text();
    expect(svg).toContain(`${origin}/programs/stargate?asOf=${today}#funding</desc>`);
    expect(svg).not.toContain("evil.test");
    expect(svg).not.toContain("localhost");
    const png = Buffer.from(await (await program.GET(at("png"), { params: Promise.resolve({ slug: "stargate" }) })).arrayBuffer());
    expect(readTexts(png).Source).toBe(`${origin}/programs/stargate?asOf=${today}#funding`);
  });
});
