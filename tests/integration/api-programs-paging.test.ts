// /api/v1/programs in pages (lib/api/programs-page.ts): 120 generated programs beside the 5 seeded
// ones, all announced the same day, so the cursor's slug decides; walked page by page through the
// `next` links, every program comes exactly once, in the list's order.
import { beforeAll, expect, it } from "vitest";
import { createApiRateLimiter } from "../../lib/api/rate-limit";
import { call, origin } from "../support/api-routes";
import { generatePrograms } from "../support/generate-programs";
import { useTestDatabase } from "../support/test-database";

const seeded = useTestDatabase({ seeded: true, app: true });
beforeAll(async () => {
  (globalThis as { atlasApiRateLimiter?: unknown }).atlasApiRateLimiter = createApiRateLimiter(100_000);
  await generatePrograms(seeded.db, 120);
});

type Page = { data: { slug: string }[]; next: string | null };

async function walk(first: string): Promise<{ slugs: string[]; pages: number; links: (string | null)[] }> {
  const slugs: string[] = [];
  const links: (string | null)[] = [];
  let next: string | null = first;
  let pages = 0;
  while (next) {
    const response = await call("/api/v1/programs", next);
    expect(response.status, next).toBe(200);
    const page = (await response.json()) as Page;
    slugs.push(...page.data.map((program) => program.slug));
    links.push(response.headers.get("link"));
    expect(response.headers.get("link")).toBe(page.next ? `<${page.next}>; rel="next"` : null);
    if (page.next) expect(page.next.startsWith(`${origin}/api/v1/programs?`)).toBe(true);
    next = page.next;
    pages += 1;
    expect(pages).toBeLessThan(100);
  }
  return { slugs, pages, links };
}

it("pages through 125 programs, each exactly once and in the list's order, by the next links", async () => {
  const whole = (await (await call("/api/v1/programs", "/api/v1/programs?limit=500")).json()) as Page;
  expect([whole.data.length, whole.next]).toEqual([125, null]);
  const walked = await walk("/api/v1/programs?limit=7");
  expect(walked.pages).toBe(Math.ceil(125 / 7));
  expect(walked.slugs).toEqual(whole.data.map((program) => program.slug));
  expect(new Set(walked.slugs).size).toBe(125);
  // The default page holds 100, then the last 25.
  const byDefault = await walk("/api/v1/programs");
  expect([byDefault.pages, byDefault.slugs]).toEqual([2, walked.slugs]);
});

it("keeps the past view and the limit in the next link", async () => {
  const response = await call("/api/v1/programs", "/api/v1/programs?asOf=2025-06-30&limit=2&_=1");
  const page = (await response.json()) as Page;
  const next = new URL(page.next!);
  expect([next.searchParams.get("asOf"), next.searchParams.get("limit"), next.searchParams.has("_")]).toEqual(["2025-06-30", "2", false]);
  const walked = await walk("/api/v1/programs?asOf=2025-06-30&limit=2");
  const whole = (await (await call("/api/v1/programs", "/api/v1/programs?asOf=2025-06-30&limit=500")).json()) as Page;
  expect(walked.slugs).toEqual(whole.data.map((program) => program.slug));
});

it("refuses a bad limit or cursor, and paging the CSV, naming the parameter", async () => {
  for (const query of [
    "limit=0",
    "limit=501",
    "limit=1.5",
    "cursor=nope",
    "cursor=2025-13-01.stargate",
    "cursor=0000-01-01.stargate",
    "format=csv&limit=10",
  ]) {
    const response = await call("/api/v1/programs", `/api/v1/programs?${query}`);
    const name = query.includes("cursor") ? "cursor" : "limit";
    expect([response.status, ((await response.json()) as { error: { message: string } }).error.message], query).toEqual([
      400,
      expect.stringContaining(`"${name}"`),
    ]);
  }
});

it("sends the whole list as one CSV file", async () => {
  const csv = await (await call("/api/v1/programs", "/api/v1/programs?format=csv")).text();
  expect(
    new Set(
      csv
        .split("\n")
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(",")[0]),
    ).size,
  ).toBe(125);
});
