// HTTP behaviour of the public API through the real route handlers on the seeded database: CORS,
// preflight, 405, 304, past views, strict parameters, and arbitrary queries never giving a 5xx.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileQuery } from "../support/hostile-values";
import { apiOperations, call, documentedPaths, useSeededApi } from "../support/api-routes";
import { toIsoDay } from "@/lib/core/dates";

useSeededApi();

describe("CORS, preflight and methods", () => {
  it.each(apiOperations())("%s answers OPTIONS with a 204 preflight allowing GET from anywhere", async (operation) => {
    const response = await call(operation, operation, {
      method: "OPTIONS",
      headers: { Origin: "https://news.example", "Access-Control-Request-Method": "GET" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])("%s is refused with a 405, Allow and the error shape", async (method) => {
    const response = await call("/api/v1/programs", "/api/v1/programs", { method, body: "{}" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toEqual({ error: { code: "method_not_allowed", message: expect.stringContaining(method) } });
  });

  it("opens every answer, success or error, to other origins and exposes ETag, Retry-After, Content-Disposition and Link", async () => {
    for (const [operation, url, status] of [
      ["/api/v1/programs", "/api/v1/programs", 200],
      ["/api/v1/programs", "/api/v1/programs?format=csv", 200],
      ["/api/v1/programs", "/api/v1/programs?format=pdf", 400],
    ] as const) {
      const response = await call(operation, url);
      expect(response.status).toBe(status);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-expose-headers")).toBe("ETag, Retry-After, Content-Disposition, Link");
    }
    const missing = await call("/api/v1/programs/{slug}", "/api/v1/programs/nope", {}, { slug: "nope" });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("access-control-allow-origin")).toBe("*");
    expect(await missing.json()).toEqual({ error: { code: "not_found", message: expect.stringContaining("nope") } });
  });
});

describe("caching", () => {
  it.each(["/api/v1/milestones?format=csv", "/api/v1/sources", "/api/v1/openapi.json"])("%s answers 304 to its own ETag", async (url) => {
    const operation = url.split("?")[0]!;
    const first = await call(operation, url);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
    const again = await call(operation, url, { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    const changed = await call(operation, url, { headers: { "If-None-Match": 'W/"something-else"' } });
    expect(changed.status).toBe(200);
  });
});

describe("asOf: the past view of a day", () => {
  // Atom (announced 2025-08-04) and Genesis (2025-11-24) were not public on 2025-06-30.
  const later = ["atom-project", "genesis-mission"];

  it("hides later programs, their milestones, organisations' roles in them and their sources", async () => {
    const programs = (await (await call("/api/v1/programs", "/api/v1/programs?asOf=2025-06-30")).json()) as { data: { slug: string }[] };
    expect(programs.data.map((p) => p.slug)).toEqual(["eurohpc-ai-factories", "stargate", "fluidstack-france"]);
    const live = (await (await call("/api/v1/programs", "/api/v1/programs")).json()) as { data: { slug: string }[] };
    expect(live.data.map((p) => p.slug)).toEqual(expect.arrayContaining(later));

    const milestones = (await (await call("/api/v1/milestones", "/api/v1/milestones?asOf=2025-06-30")).json()) as {
      data: { today: string; milestones: { program: { slug: string } }[] };
    };
    expect(milestones.data.today).toBe("2025-06-30");
    expect(milestones.data.milestones.length).toBeGreaterThan(0);
    expect(milestones.data.milestones.filter((m) => later.includes(m.program.slug))).toEqual([]);

    const organisations = (await (await call("/api/v1/organisations", "/api/v1/organisations?asOf=2025-06-30")).json()) as {
      data: { programs: { slug: string }[] }[];
    };
    expect(organisations.data.flatMap((o) => o.programs.map((p) => p.slug)).filter((slug) => later.includes(slug))).toEqual([]);

    const sources = (await (await call("/api/v1/sources", "/api/v1/sources?asOf=2025-06-30")).json()) as {
      data: { publishedOn: string | null; programs: { slug: string }[] }[];
    };
    expect(sources.data.every((s) => s.publishedOn === null || s.publishedOn <= "2025-06-30")).toBe(true);
    expect(sources.data.flatMap((s) => s.programs.map((p) => p.slug)).filter((slug) => later.includes(slug))).toEqual([]);
  });

  it("answers 404 for a program not yet announced on that day, and names the day", async () => {
    const response = await call(
      "/api/v1/programs/{slug}",
      "/api/v1/programs/genesis-mission?asOf=2025-06-30",
      {},
      { slug: "genesis-mission" },
    );
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain("2025-06-30");
  });

  it("names the day in a past view's CSV file name", async () => {
    const response = await call("/api/v1/sources", "/api/v1/sources?format=csv&asOf=2025-06-30");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="compute-atlas_sources_2025-06-30.csv"');
  });

  it("dates a live view's file name with today (a day from today on is the live view), the programs' too", async () => {
    const today = toIsoDay(new Date());
    const response = await call("/api/v1/sources", "/api/v1/sources?format=csv&asOf=9999-12-31");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="compute-atlas_sources_${today}.csv"`);
    const programs = await call("/api/v1/programs", "/api/v1/programs?format=csv");
    expect(programs.headers.get("content-disposition")).toBe(`attachment; filename="compute-atlas_programs_${today}.csv"`);
  });

  it("names a chart's CSV as its images: the chart, its main options and the day (today for the live view)", async () => {
    const today = toIsoDay(new Date());
    const live = await call("/api/v1/compare", "/api/v1/compare?format=csv&asOf=9999-12-31");
    expect(live.headers.get("content-disposition")).toBe(`attachment; filename="compute-atlas_compare_funding_usd_${today}.csv"`);
    const pinned = await call("/api/v1/compare", "/api/v1/compare?format=csv&metric=power&asOf=2025-06-30");
    expect(pinned.headers.get("content-disposition")).toBe('attachment; filename="compute-atlas_compare_power_2025-06-30.csv"');
    const timeline = await call("/api/v1/milestones", "/api/v1/milestones?format=csv&asOf=9999-12-31");
    expect(timeline.headers.get("content-disposition")).toBe(`attachment; filename="compute-atlas_timeline_${today}.csv"`);
    const late = "/api/v1/milestones?format=csv&program=stargate&status=completed_late&asOf=2025-06-30";
    const filtered = await call("/api/v1/milestones", late);
    expect(filtered.headers.get("content-disposition")).toBe(
      'attachment; filename="compute-atlas_timeline_stargate_completed-late_2025-06-30.csv"',
    );
  });
});

describe("strict parameters", () => {
  it.each([
    ["/api/v1/programs?format=xlsx", "format"],
    ["/api/v1/compare?asOf=2025-13-01", "asOf"],
    ["/api/v1/compare?format=csv&format=json", "format"],
    ["/api/v1/milestones?status=overdue&status=late", "status"],
    ["/api/v1/milestones?program=Stargate!", "program"],
    ["/api/v1/organisations?asOf=2025-6-1", "asOf"],
    ["/api/v1/sources?format=", "format"],
    // Year 0 matches YYYY-MM-DD but PostgreSQL has no year 0: it must be refused, not reach the database.
    ["/api/v1/programs?asOf=0000-01-01", "asOf"],
    ["/api/v1/milestones?asOf=0000-12-31", "asOf"],
    // PostgreSQL text cannot hold NUL: the search refuses control characters rather than fail in the database.
    ["/api/v1/program-names", "q"],
    ["/api/v1/program-names?q=%00", "q"],
    ["/api/v1/program-names?q=a%1Fb", "q"],
    ["/api/v1/program-names?q=a&format=csv", "format"],
  ])("%s → 400 naming %s", async (url, name) => {
    const response = await call(url.split("?")[0]!, url);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toContain(`"${name}"`);
  });

  it("reads compare's chart options as the page does (an unknown metric falls back to money)", async () => {
    const response = await call("/api/v1/compare", "/api/v1/compare?metric=weight");
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { params: { metric: string } } }).data.params.metric).toBe("money");
  });

  it("never answers an arbitrary query with a 5xx", async () => {
    const values = fc.oneof(
      fc.string(),
      fc.constantFrom("csv", "json", "2025-06-30", "2025-02-29", "stargate", "overdue", "", "9999-12-31", "0000-01-01"),
    );
    // The data operations (JSON and CSV); chart-images.test.ts tries the image routes with such queries.
    const operations = fc.constantFrom(...documentedPaths("Data"));
    await fc.assert(
      fc.asyncProperty(operations, hostileQuery(values), fc.string({ maxLength: 20 }), async (operation, pairs, slug) => {
        const query = new URLSearchParams(pairs).toString();
        const path = operation.replace("{slug}", encodeURIComponent(slug));
        const response = await call(operation, `${path}?${query}`, {}, { slug });
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(Object.keys((await response.json()) as object)).toEqual(["error"]);
      }),
      { numRuns: 60 },
    );
  });
});
