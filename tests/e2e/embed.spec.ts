// The embeds inside a page of another origin: a plain HTML host page served by node:http on a
// second loopback port, pasting the snippets a journalist copies (lib/embed/snippets.ts).
import { createServer, type Server } from "node:http";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import {
  defaultEmbedHeight,
  embedPath,
  imagePath,
  pagePath,
  parseCompareRef,
  parseProgramRef,
  parseTimelineRef,
  type ChartRef,
} from "@/lib/charts/chart-ref";
import { iframeSnippet, scriptSnippet } from "../../lib/embed/snippets";
import { expectNoAxeViolations } from "../support/axe";

const appPort = Number(process.env.E2E_PORT ?? 3100);
const app = `http://127.0.0.1:${appPort}`;
const hostPort = appPort + 1;
const host = `http://127.0.0.1:${hostPort}`;

const refs: Record<string, ChartRef> = {
  compare: parseCompareRef(new URLSearchParams("")),
  timeline: parseTimelineRef(new URLSearchParams("")),
  "program funding": parseProgramRef("stargate", new URLSearchParams(""))!,
  "program timeline": parseProgramRef("stargate", new URLSearchParams("chart=timeline"))!,
};

function snippet(kind: string, mode: string): string {
  const ref = refs[kind]!;
  const input = {
    origin: app,
    embedPath: embedPath(ref),
    imagePath: imagePath(ref, "png"),
    pagePath: pagePath(ref),
    title: `${kind} chart`,
    height: defaultEmbedHeight(ref),
  };
  return mode === "script" ? scriptSnippet(input) : iframeSnippet(input);
}

function hostPage(body: string): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A newsroom article</title>` +
    `</head><body><h1>An article</h1>${body}<p>End of the article.</p></body></html>`
  );
}

// /embed/<mode>/<kind>: one snippet; /forbidden: frames of pages that must refuse to be framed,
// next to an embed that must load (so the test proves framing works at all).
function route(url: URL): string | null {
  const embed = /^\/embed\/(iframe|script)\/(.+)$/.exec(url.pathname);
  if (embed) return hostPage(snippet(decodeURIComponent(embed[2]!), embed[1]!));
  // The iframe snippet where the CMS runs /embed.js late (a deferred loader, a slow network): the
  // script tag is added only once the embed has loaded and posted its height to nobody.
  const late = /^\/late\/(.+)$/.exec(url.pathname);
  if (late) {
    const [iframe, script] = snippet(decodeURIComponent(late[1]!), "iframe").split("\n");
    const src = /src="([^"]+)"/.exec(script!)![1]!;
    const loader =
      `<script>document.querySelector("iframe").addEventListener("load", function () { ` +
      `setTimeout(function () { var s = document.createElement("script"); s.src = ` +
      `${JSON.stringify(src)}; document.body.append(s); }, 500); });</script>`;
    return hostPage(iframe! + loader);
  }
  if (url.pathname === "/forbidden") {
    return hostPage(
      ["/admin", "/compare", "/embed/program/stargate"]
        .map((path) => `<iframe src="${app}${path}" title="${path}" style="width:100%;height:300px"></iframe>`)
        .join(""),
    );
  }
  return null;
}

let server: Server;
test.beforeAll(async () => {
  server = createServer((request, response) => {
    const body = route(new URL(request.url ?? "/", host));
    response.writeHead(body ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    response.end(body ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(hostPort, "127.0.0.1", resolve));
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function embedFrame(page: Page) {
  const iframe = page.locator("iframe").first();
  await expect(iframe).toBeAttached();
  const frame = await (await iframe.elementHandle())!.contentFrame();
  return { iframe, frame: frame! };
}

for (const mode of ["iframe", "script"]) {
  for (const kind of Object.keys(refs)) {
    test(`${mode} snippet, ${kind}: the chart renders and the iframe takes the posted height`, async ({ page }) => {
      await page.goto(`${host}/embed/${mode}/${encodeURIComponent(kind)}`);
      const { iframe, frame } = await embedFrame(page);
      await expect(frame.locator('svg[role="img"]:visible').first()).toBeVisible();
      await expect(frame.locator("h1")).toHaveText(/./);
      const reserved = defaultEmbedHeight(refs[kind]!);
      const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(await contentHeight());
      expect(await contentHeight()).not.toBe(reserved);
      // The chart ends inside the frame: no part of it is cut off.
      expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
    });
  }
}

test("/embed.js run after the embed has loaded still sizes an iframe snippet's frame", async ({ page }) => {
  await page.goto(`${host}/late/${encodeURIComponent("program timeline")}`);
  const { iframe, frame } = await embedFrame(page);
  await expect(frame.locator('svg[role="img"]:visible').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => Boolean((window as { __computeAtlasEmbed?: boolean }).__computeAtlasEmbed))).toBe(true);
  const contentHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  expect(contentHeight).not.toBe(defaultEmbedHeight(refs["program timeline"]!));
  await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(contentHeight);
});

// The sources are folded: the timeline embed stays short at 680 px; opened by a click (or the keyboard,
// a <summary> is a button), they show, and the frame grows to the height the embed reports.
test("the timeline embed is under 900 px tall at 680 px, and the frame grows when its sources open", async ({ page }) => {
  await page.setViewportSize({ width: 680 + 16, height: 800 });
  await page.goto(`${host}/embed/script/timeline`);
  const { iframe, frame } = await embedFrame(page);
  await expect(frame.locator('svg[role="img"]:visible').first()).toBeVisible();
  expect(Math.round((await iframe.boundingBox())!.width)).toBe(680);
  const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(await contentHeight());
  const folded = await contentHeight();
  expect(folded).toBeLessThan(900);
  const sources = frame.getByRole("list", { name: "Sources" });
  await expect(sources).toBeHidden();
  await expect(frame.getByTestId("embed-source-summary")).toBeVisible();
  await frame.getByText(/^Sources \(\d+\)$/).click();
  await expect(sources).toBeVisible();
  await expect(sources.getByRole("link").first()).toBeVisible();
  expect(await contentHeight()).toBeGreaterThan(folded + 200);
  await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(await contentHeight());
});

test("/embed.js ignores height messages that do not come from one of its embeds", async ({ page }) => {
  await page.goto(`${host}/embed/script/${encodeURIComponent("program timeline")}`);
  const { iframe, frame } = await embedFrame(page);
  // Measured once the embed has drawn and reported its own height: before that, the document is as
  // tall as the frame's reserved height, and the embed's own (legitimate) message would come later.
  await expect(frame.locator('svg[role="img"]:visible').first()).toBeVisible();
  const reserved = defaultEmbedHeight(refs["program timeline"]!);
  await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).not.toBe(reserved);
  const contentHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(contentHeight);
  // The host page itself (wrong origin) posting a height, and a frame of our origin that /embed.js
  // did not make (wrong source), both as a hostile script on either side could.
  await page.evaluate(() => window.postMessage({ type: "compute-atlas:height", height: 3000 }, "*"));
  await page.evaluate((app) => {
    const stray = document.createElement("iframe");
    stray.src = `${app}/embed/program/stargate?stray=1`;
    document.body.append(stray);
  }, app);
  await expect.poll(() => page.frames().some((f) => f.url().includes("stray=1"))).toBe(true);
  const stray = page.frames().find((f) => f.url().includes("stray=1"))!;
  await expect(stray.locator('svg[role="img"]:visible').first()).toBeVisible();
  await stray.evaluate(() => window.parent.postMessage({ type: "compute-atlas:height", height: 2500 }, "*"));
  await page.waitForTimeout(300);
  expect(Math.round((await iframe.boundingBox())!.height)).toBe(contentHeight);
});

test("the host page cannot frame /admin or /compare, only embeds", async ({ page }) => {
  await page.goto(`${host}/forbidden`);
  const embed = page.frameLocator('iframe[title="/embed/program/stargate"]');
  await expect(embed.locator('svg[role="img"]:visible').first()).toBeVisible();
  for (const path of ["/admin", "/compare"]) {
    const frame = await (await page.locator(`iframe[title="${path}"]`).elementHandle())!.contentFrame();
    await expect.poll(() => frame!.url()).not.toBe("about:blank");
    const text = await frame!.evaluate(() => document.body?.innerText ?? "");
    expect(text, path).not.toMatch(/Compare programs|Sign in|Compute Atlas/);
    expect(await frame!.locator("input, form").count(), path).toBe(0);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the embed still shows the chart and its table, inside a host page and alone", async ({ page }) => {
    await page.goto(`${host}/embed/iframe/compare`);
    const { frame } = await embedFrame(page);
    await expect(frame.locator('svg[role="img"]:visible').first()).toBeVisible();
    await page.goto(`${app}/embed/timeline`);
    await expect(page.getByRole("img", { name: "Milestones of every program" })).toBeVisible();
    // Each status in the legend: a gap between its icon and its word ("○ Planned", not "○Planned"), as on the site.
    const gaps = await page.locator(".legend [data-status]").evaluateAll((badges) =>
      badges.map((badge) => {
        const word = document.createRange();
        word.selectNodeContents(badge.lastChild!);
        return word.getBoundingClientRect().left - badge.querySelector("svg")!.getBoundingClientRect().right;
      }),
    );
    expect(gaps.length).toBeGreaterThan(3);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(3);
    const table = page.getByRole("table", { name: "The milestones drawn in the timeline, with their sources" });
    await expect(table).toBeAttached();
    expect(await table.getByRole("row").count()).toBeGreaterThan(10);
    // The folded sources open without a script (<details>).
    await expect(page.getByRole("list", { name: "Sources" })).toBeHidden();
    await page.getByText(/^Sources \(\d+\)$/).click();
    await expect(page.getByRole("list", { name: "Sources" }).getByRole("link").first()).toHaveAttribute("target", "_blank");
  });
});

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test("theme=dark is dark, the default is light, and theme=auto follows the reader's colour scheme", async ({ page, browser }) => {
  await page.goto(`${app}/embed/compare?theme=dark`);
  expect(await background(page)).toBe("rgb(15, 23, 42)");
  await page.goto(`${app}/embed/compare`);
  expect(await background(page)).toBe("rgb(255, 255, 255)");
  // At 1280 px the chart drawn 680 px wide grows at most ×1.25 (its text ~15 px, not 22), centred;
  // the shape legend's swatches are the site's slate, not the bars' blue.
  const chart = await page.locator('.wide svg[role="img"]').first().boundingBox();
  expect(chart!.width).toBeLessThanOrEqual(850);
  const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
  expect(Math.abs(chart!.x * 2 + chart!.width - pageWidth)).toBeLessThan(4);
  expect(
    await page
      .locator(".legend .swatch")
      .first()
      .evaluate((swatch) => getComputedStyle(swatch).backgroundColor),
  ).toBe("rgb(100, 116, 139)");
  const dark = await browser.newContext({ colorScheme: "dark" });
  const darkPage = await dark.newPage();
  await darkPage.goto(`${app}/embed/compare`);
  expect(await background(darkPage)).toBe("rgb(15, 23, 42)");
  await darkPage.goto(`${app}/embed/compare?theme=light`);
  expect(await background(darkPage)).toBe("rgb(255, 255, 255)");
  await dark.close();
});

for (const theme of ["light", "dark"]) {
  test(`axe passes on every embed kind, ${theme}`, async ({ page }) => {
    for (const ref of Object.values(refs)) {
      await page.goto(app + embedPath(ref, theme as "light" | "dark"));
      await expect(page.locator('svg[role="img"]:visible').first()).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

test("a phone-width frame shows the chart laid out for phones: it fits, nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 640 });
  await page.goto(`${app}/embed/program/stargate`);
  const visible = page.locator('.narrow svg[role="img"]').first();
  await expect(visible).toBeVisible();
  await expect(page.locator('.wide svg[role="img"]').first()).toBeHidden();
  expect(await visible.evaluate((svg) => svg.getBoundingClientRect().width)).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

// Where the CMS strips the script, the iframe keeps the height the snippet reserved: at the width
// the charts are drawn for (oEmbed's 680 px), the seeded charts must fit it, sources and date included.
test("the reserved height holds each seeded chart at 680 px, so a frame without /embed.js cuts nothing off", async ({ page }) => {
  await page.setViewportSize({ width: 680, height: 800 });
  const charts: ChartRef[] = [refs.compare!, refs.timeline!];
  for (const slug of ["eurohpc-ai-factories", "stargate", "fluidstack-france", "atom-project", "genesis-mission"]) {
    for (const chart of ["", "chart=timeline"]) charts.push(parseProgramRef(slug, new URLSearchParams(chart))!);
  }
  const tooTall: string[] = [];
  for (const ref of charts) {
    await page.goto(app + embedPath(ref));
    const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    if (height > defaultEmbedHeight(ref)) tooTall.push(`${embedPath(ref)}: ${height} px > ${defaultEmbedHeight(ref)} px`);
  }
  expect(tooTall).toEqual([]);
});

test("an embed answer carries one CSP allowing any frame ancestor, and no X-Frame-Options", async ({ request }) => {
  const response = await request.get(`${app}/embed/timeline`);
  const headers = response.headersArray().map((h) => ({ name: h.name.toLowerCase(), value: h.value }));
  expect(headers.filter((h) => h.name === "content-security-policy").map((h) => h.value)).toEqual([
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; script-src 'self'; " +
      "base-uri 'none'; form-action 'none'; frame-ancestors *",
  ]);
  expect(headers.filter((h) => h.name === "x-frame-options")).toEqual([]);
  expect(headers.filter((h) => h.name === "set-cookie")).toEqual([]);
  expect(response.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
  const compare = await request.get(`${app}/compare`);
  expect(compare.headers()["x-frame-options"]).toBe("DENY");
});

/** Every Content-Security-Policy header of a response (there must be one only). */
const securityPolicies = (response: APIResponse) =>
  response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "content-security-policy")
    .map((h) => h.value);

test("addresses under /embed that are not embeds (Next's 404 page) refuse framing like any other page", async ({ request }) => {
  for (const path of ["/embed", "/embed/nope", "/embed/program", "/embed/program/stargate/extra", "/embed.js"]) {
    const response = await request.get(app + path);
    const policies = securityPolicies(response);
    expect(policies, path).toHaveLength(1);
    expect(policies[0], path).toMatch(/(^|;\s*)frame-ancestors 'none'(;|$)/);
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
  for (const path of [
    "/embed/compare",
    "/embed/timeline?theme=dark",
    "/embed/map",
    "/embed/program/stargate",
    "/embed/program/no-such-program",
  ]) {
    const response = await request.get(app + path);
    const policies = securityPolicies(response);
    expect(policies, path).toHaveLength(1);
    expect(policies[0], path).toContain("frame-ancestors *");
  }
});
