// Every public surface as readers get it from the seeded production build (issue 14, item 3): the
// rendered HTML of every page kind (every program and partner, past views too), every embed of every
// program, chart SVGs (PNGs carry no text; their alt texts are in the pages), CSV files, API answers
// and oEmbed. None may carry a research marker
// (tests/support/research-markers.ts): tests/integration/public-surfaces.test.ts checks the data
// behind the pages, this checks what the components wrap around it. tests/unit/rendered-markers.test.ts
// shows the scan finds a note put back anywhere a reader can read it.
import { expect, test, type APIRequestContext } from "@playwright/test";
import type { MarkerHit } from "../support/research-markers";
import { markersInRendered } from "../support/rendered-text";

const metrics = ["money", "power", "accelerators", "compute"] as const;
const everyClaim = "claims=all&unverified=1";
const pastDay = "2026-01-15";

/** The distinct `/<section>/<slug>` links a page shows. */
function slugsLinked(html: string, section: "programs" | "partners"): string[] {
  const links = [...html.matchAll(new RegExp(`href="/${section}/([a-z0-9-]+)`, "g"))].map((m) => m[1]!);
  return [...new Set(links)].sort();
}

async function bodyOf(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

async function surfacesOf(request: APIRequestContext, origin: string): Promise<string[]> {
  const programs = slugsLinked(await bodyOf(request, "/programs"), "programs");
  const partners = slugsLinked(await bodyOf(request, "/partners?unconfirmed=show"), "partners");
  expect(programs.length).toBeGreaterThanOrEqual(5);
  expect(partners.length).toBeGreaterThan(10);
  // /sources is paged: every page of it, by its "Next page" link.
  const sourcePages = ["/sources"];
  while ((await bodyOf(request, sourcePages.at(-1)!)).includes('rel="next"')) sourcePages.push(`/sources?page=${sourcePages.length + 1}`);
  const comparePages = metrics.flatMap((m) => [`/compare?metric=${m}&${everyClaim}`, `/compare?metric=${m}&${everyClaim}&view=table`]);
  const pages = [
    "/",
    `/?asOf=${pastDay}`,
    "/programs",
    "/timeline",
    `/timeline?asOf=${pastDay}`,
    "/partners",
    "/partners?unconfirmed=show",
    ...sourcePages,
    "/developers",
    ...comparePages,
    ...programs.flatMap((slug) => [`/programs/${slug}`, `/programs/${slug}?asOf=${pastDay}`]),
    // A program page links its full lists: its announcements and its sources.
    ...programs.flatMap((slug) => [`/programs/${slug}/announcements`, `/sources?program=${slug}`]),
    ...partners.map((slug) => `/partners/${slug}`),
  ];
  const embeds = [
    ...metrics.map((m) => `/embed/compare?metric=${m}&${everyClaim}`),
    "/embed/timeline",
    ...programs.flatMap((slug) => [`/embed/program/${slug}?chart=funding`, `/embed/program/${slug}?chart=timeline`]),
  ];
  const images = [
    ...metrics.map((m) => `/api/v1/charts/compare?metric=${m}&${everyClaim}&format=svg`),
    "/api/v1/charts/timeline?format=svg",
    ...programs.flatMap((slug) => ["funding", "timeline"].map((chart) => `/api/v1/charts/program/${slug}?chart=${chart}&format=svg`)),
  ];
  const lists = ["/api/v1/programs", "/api/v1/milestones", "/api/v1/organisations", "/api/v1/sources"];
  const data = [
    ...lists,
    ...lists.map((path) => `${path}?format=csv`),
    ...metrics.flatMap((m) => [`/api/v1/compare?metric=${m}&${everyClaim}`, `/api/v1/compare?metric=${m}&${everyClaim}&format=csv`]),
    ...programs.map((slug) => `/api/v1/programs/${slug}`),
    "/api/v1/openapi.json",
  ];
  const shared = [...metrics.map((m) => `/compare?metric=${m}&${everyClaim}`), "/timeline", ...programs.map((slug) => `/programs/${slug}`)];
  const oembeds = shared.map((path) => `/api/oembed?url=${encodeURIComponent(origin + path)}`);
  return [...pages, ...embeds, ...images, ...data, ...oembeds];
}

test("every rendered public surface is written for readers", async ({ request, baseURL }) => {
  test.setTimeout(600_000);
  const surfaces = await surfacesOf(request, baseURL!);
  const hits: MarkerHit[] = [];
  for (const path of surfaces) hits.push(...markersInRendered(path, await bodyOf(request, path)));
  expect(surfaces.length).toBeGreaterThan(100);
  expect(hits).toEqual([]);
  // PNG images carry no text; their alt texts are in the pages scanned above.
  const png = await request.get("/api/v1/charts/program/stargate?chart=funding&format=png");
  expect([png.status(), png.headers()["content-type"]]).toEqual([200, "image/png"]);
});
