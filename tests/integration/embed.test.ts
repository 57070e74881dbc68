// The embeds' route handlers, called as Next calls them, on the seeded database.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as compareEmbed } from "../../app/(embed)/embed/compare/route";
import { GET as programEmbed } from "../../app/(embed)/embed/program/[slug]/route";
import { GET as timelineEmbed } from "../../app/(embed)/embed/timeline/route";
import { createProgram, createSource } from "../factories/records";
import { hostileQuery, hostileValue } from "../support/hostile-values";
import { day } from "../support/seeded-database";
import { useTestDatabase } from "../support/test-database";

const seeded = useTestDatabase({ seeded: true, app: true });

const base = "http://127.0.0.1:3210";
// Links name ATLAS_BASE_URL (lib/embed/site-origin.ts), read on first use, after this line.
process.env.ATLAS_BASE_URL = base;
const today = new Date().toISOString().slice(0, 10);

function get(path: string, init?: RequestInit): Promise<Response> {
  const request = new Request(base + path, init);
  const { pathname } = new URL(request.url);
  const program = /^\/embed\/program\/([^/]*)$/.exec(pathname);
  if (program) return programEmbed(request, { params: Promise.resolve({ slug: decodeURIComponent(program[1]!) }) });
  if (pathname === "/embed/timeline") return timelineEmbed(request);
  return compareEmbed(request);
}

async function page(path: string) {
  const response = await get(path);
  return { response, html: await response.text() };
}

/** The HTML of a page that must answer 200. */
async function okPage(path: string): Promise<string> {
  const { response, html } = await page(path);
  expect(response.status, path).toBe(200);
  return html;
}

const embeds = {
  compare: "/embed/compare",
  timeline: "/embed/timeline",
  "program funding": "/embed/program/stargate",
  "program timeline": "/embed/program/stargate?chart=timeline",
};

describe("each embed kind", () => {
  it.each(Object.entries(embeds))("%s: a whole HTML document with the SVG, the hidden table, the sources and the date", async (_, path) => {
    const { response, html } = await page(path);
    expect(response.status).toBe(200);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en" data-theme="auto">/);
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toMatch(/<svg[^>]*>(?:<[^>]+>)*?<title[^>]*>[^<]+<\/title><desc[^>]*>/);
    expect(html).toContain('<div class="sr-only"><table data-testid="embed-table">');
    // Sources numbered from 1, linked to the publisher (the first one, in value order, may have no address).
    expect(html).toMatch(/<ol aria-label="Sources"[^>]*><li>\[1\] .*?<a href="https:\/\/[^"]+"[^>]*target="_blank"/);
    expect(html).toContain(`Data as of <time dateTime="${today}">${today}</time>`);
    expect(html).toContain('<script src="/embed-frame.js"');
    // No framework: the only script is ours.
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("draws the funding and the timeline of the program they name, with its title and links", async () => {
    const funding = await page("/embed/program/stargate");
    expect(funding.html).toContain("<h1>The Stargate Project: money announced, in US dollars</h1>");
    expect(funding.html).toContain(`href="${base}/programs/stargate#funding"`);
    expect(funding.html).toContain(`href="${base}/api/v1/compare?program=stargate&amp;claims=all&amp;unverified=1&amp;format=csv"`);
    const timeline = await page("/embed/program/stargate?chart=timeline");
    expect(timeline.html).toContain("<h1>The Stargate Project: milestones</h1>");
    expect(timeline.html).toContain('data-lane="stargate"');
    expect(timeline.html).not.toContain('data-lane="genesis-mission"');
    expect(timeline.html).toContain(`href="${base}/api/v1/milestones?program=stargate&amp;format=csv"`);
  });

  it("draws every panel of a compare split by currency or precision", async () => {
    const { html } = await page("/embed/compare?currency=original&claims=all&unverified=1");
    const panels = html.match(/<figure class="chart" data-panel="[^"]+">/g) ?? [];
    expect(panels.length).toBeGreaterThan(1);
    // Each panel in its wide layout and its narrow one for phones (CSS shows one).
    expect(html.match(/<svg[^>]*role="img"/g)?.length).toBe(2 * panels.length);
  });

  describe("of a program with nothing to draw", () => {
    beforeAll(async () => {
      await createProgram(seeded.db, { slug: "empty-embed" });
    });

    it.each(["/embed/timeline?program=empty-embed", "/embed/compare?program=empty-embed", "/embed/program/empty-embed?chart=timeline"])(
      "%s says so in words, and keeps the footer",
      async (path) => {
        const html = await okPage(path);
        expect(html).toContain('data-testid="embed-empty"');
        expect(html).not.toContain("<svg");
        expect(html).toContain("Data as of");
      },
    );
  });

  it("themes by parameter", async () => {
    expect((await page("/embed/compare?theme=dark")).html).toContain('data-theme="dark"');
    expect((await page("/embed/timeline?theme=light")).html).toContain('data-theme="light"');
    expect((await page("/embed/compare?theme=transparent")).html).toContain('data-theme="transparent"');
    expect((await page("/embed/timeline?theme=purple")).html).toContain('data-theme="auto"');
  });
});

describe("headers", () => {
  it("lets any site frame an embed, loads nothing but our script, and is cacheable with a weak ETag", async () => {
    const { response } = await page("/embed/compare");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; script-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors *",
    );
    expect(response.headers.get("x-frame-options")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
    expect(response.headers.get("etag")).toMatch(/^W\/"/);
    expect(response.headers.get("x-robots-tag")).toBe("noindex");
    const again = await get("/embed/compare", { headers: { "If-None-Match": response.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("ignores cookies: the same body, and none set", async () => {
    const anonymous = await page("/embed/program/stargate");
    const withCookie = await get("/embed/program/stargate", { headers: { Cookie: "__Host-atlas.session_token=abc; other=1" } });
    expect(withCookie.headers.get("set-cookie")).toBeNull();
    expect(anonymous.response.headers.get("set-cookie")).toBeNull();
    expect(await withCookie.text()).toBe(anonymous.html);
  });
});

describe("links inside an embed", () => {
  // The links name the site as the snippets and oEmbed do (site-origin.ts): ATLAS_BASE_URL, never
  // the Host a request brings, which anyone can forge, nor the request URL Next gives a handler.
  const forged = { host: "evil.test", "x-forwarded-proto": "https" };
  const at = (path: string) => new Request(`http://localhost:3000${path}`, { headers: forged });

  it("point to the configured address, never to the request's Host", async () => {
    const html = await (await programEmbed(at("/embed/program/stargate"), { params: Promise.resolve({ slug: "stargate" }) })).text();
    expect(html).toContain(`href="${base}/programs/stargate#funding"`);
    expect(html).toContain(`href="${base}/api/v1/compare?program=stargate`);
    expect(html).not.toContain("evil.test");
    const missing = await (
      await programEmbed(at("/embed/program/no-such-program"), { params: Promise.resolve({ slug: "no-such-program" }) })
    ).text();
    expect(missing).toContain(`<a href="${base}/" target="_blank"`);
    expect(html + missing).not.toContain("localhost");
  });
});

describe("a program nobody can see", () => {
  it.each(["/embed/program/no-such-program", "/embed/program/NOT_A_SLUG", "/embed/program/stargate?asOf=2020-01-01"])(
    "%s is a small 404 embed document",
    async (path) => {
      const { response, html } = await page(path);
      expect(response.status).toBe(404);
      expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/);
      expect(html).toContain("Chart not found");
      expect(html).toContain(`<a href="${base}/" target="_blank"`);
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
    },
  );

  it("is also what an unpublished program gets", async () => {
    await createProgram(seeded.db, { slug: "draft-embed", publicationState: "draft" });
    expect((await get("/embed/program/draft-embed")).status).toBe(404);
  });
});

describe("pinned embeds", () => {
  // After the last 2026 update of Stargate in the seed, so only the claim this test adds is newer.
  const pin = "2026-08-01";
  const later = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  it("show what was known on the pinned day and say that newer figures exist", async () => {
    const before = await page(`/embed/program/stargate?asOf=${pin}`);
    expect(before.html).not.toContain('data-testid="embed-newer"');
    expect(before.html).toContain(`Data as of <time dateTime="${pin}">${pin}</time> (pinned)`);

    const stargate = await seeded.db.program.findUniqueOrThrow({ where: { slug: "stargate" } });
    const source = await createSource(seeded.db, { publisher: "Later Publisher", publishedOn: day(later) });
    await seeded.db.fundingClaim.create({
      data: {
        programId: stargate.id,
        sourceId: source.id,
        label: "A later commitment",
        shape: "exact",
        amount: "7000000000",
        currency: "USD",
        kind: "committed",
        confidence: "verified",
        asOf: day(later),
      },
    });
    const pinned = await page(`/embed/program/stargate?asOf=${pin}`);
    expect(pinned.html).not.toContain("A later commitment");
    expect(pinned.html).not.toContain("Later Publisher");
    expect(pinned.html.replace(/<p class="notice".*?<\/p>/, "")).toBe(before.html);
    expect(pinned.html).toContain(
      `<p class="notice" data-testid="embed-newer">Newer figures exist. <a href="${base}/programs/stargate#funding"`,
    );

    const live = await page("/embed/program/stargate");
    expect(live.html).toContain("A later commitment");
    expect(live.html).toContain("Later Publisher");
    expect(live.html).not.toContain('data-testid="embed-newer"');
  });
});

describe("hostile input", () => {
  describe("escapes names from the database", () => {
    beforeAll(async () => {
      const program = await createProgram(seeded.db, { slug: "hostile-embed" });
      await seeded.db.program.update({
        where: { id: program.id },
        data: { name: '<script>alert("x")</script>', publishedAt: day("2025-02-10") },
      });
      const source = await createSource(seeded.db, { publisher: "<img src=x onerror=alert(1)>" });
      await seeded.db.fundingClaim.create({
        data: {
          programId: program.id,
          sourceId: source.id,
          label: "</title><script>alert(2)</script>",
          shape: "exact",
          amount: "1000000",
          currency: "USD",
          kind: "pledged",
          confidence: "verified",
          isHeadline: true,
        },
      });
      await seeded.db.milestone.create({
        data: {
          programId: program.id,
          sourceId: source.id,
          title: "<b onclick=alert(3)>",
          dueOn: day("2026-02-01"),
          duePrecision: "day",
          status: "planned",
        },
      });
    });

    it.each([
      "/embed/program/hostile-embed",
      "/embed/program/hostile-embed?chart=timeline",
      "/embed/compare?program=hostile-embed&claims=all",
    ])("on %s", async (path) => {
      const html = await okPage(path);
      expect(html).toContain("&lt;script&gt;alert(");
      expect(html.match(/<script/g)).toHaveLength(1);
      expect(html).not.toContain("<img src=x");
      expect(html).not.toContain("<b onclick");
    });
  });

  it("never answers an arbitrary query with a 5xx or anything but an embed document", async () => {
    const value = hostileValue.map((v) => (typeof v === "string" ? v : (JSON.stringify(v) ?? "")));
    const query = hostileQuery(value, 6).map((pairs) => new URLSearchParams(pairs).toString());
    const path = fc.oneof(
      fc.constantFrom("/embed/compare", "/embed/timeline", "/embed/program/stargate"),
      fc.string({ maxLength: 30 }).map((slug) => `/embed/program/${encodeURIComponent(slug)}`),
    );
    await fc.assert(
      fc.asyncProperty(path, fc.oneof(query, fc.webQueryParameters()), async (p, q) => {
        const response = await get(`${p}?${q}`);
        expect(response.status === 200 || response.status === 404).toBe(true);
        expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
        expect(await response.text()).toMatch(/^<!DOCTYPE html><html lang="en" data-theme="(auto|light|dark)">[\s\S]*<\/html>$/);
      }),
      { numRuns: 60 },
    );
  });
});
