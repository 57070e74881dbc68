import { expect, test } from "@playwright/test";

// Chart images as a browser meets them: in an <img> of a page, and opened on their own.
const images = [
  "/api/v1/charts/compare",
  "/api/v1/charts/compare?format=svg&currency=original&claims=all",
  "/api/v1/charts/timeline?format=png&status=completed",
  "/api/v1/charts/timeline?format=svg",
  "/api/v1/charts/program/stargate?format=png",
  "/api/v1/charts/program/genesis-mission?chart=timeline&format=svg",
];
// Each image is as wide as its chart: a compare panel drawn at 1.35× (918 px), the timeline the full 1,120 px, plus margins.
const svgWidth = (src: string) => (src.includes("timeline") ? 1200 : 998);

test("every chart image loads as an <img> in Chromium, PNGs at twice the SVG's width", async ({ page, baseURL }) => {
  // A page of ours that holds only the images (the images themselves come from the server).
  const html =
    `<!doctype html><html lang="en"><title>Images</title><body>` +
    `${images.map((src, i) => `<img id="i${i}" alt="" src="${src.replace(/&/g, "&amp;")}">`).join("")}` +
    `</body></html>`;
  await page.route(`${baseURL}/__images`, (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.goto("/__images");
  for (const [i, src] of images.entries()) {
    const image = page.locator(`#i${i}`);
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { message: src })
      .toBe(src.includes("svg") ? svgWidth(src) : 2 * svgWidth(src));
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalHeight), src).toBeGreaterThan(300);
  }
});

test("the SVG opened on its own is a document that shows its title, one-line source and date, and may run nothing", async ({ page }) => {
  const response = await page.goto("/api/v1/charts/compare?format=svg&metric=power");
  expect(response!.status()).toBe(200);
  expect(response!.headers()["content-security-policy"]).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  expect(await page.evaluate(() => document.documentElement.tagName)).toBe("svg");
  // The drawn lines (the document's <title> holds the title too, unseen).
  const line = (text: string | RegExp) => page.locator("svg > text").filter({ hasText: text });
  await expect(line("Power announced, by program")).toBeVisible();
  await expect(line(/^Sources: \d+ documents? from /)).toBeVisible();
  await expect(line(/^Data as of \d{4}-\d{2}-\d{2}\./)).toBeVisible();
});

test("a bad format is a 400 and an unknown program a 404, as JSON", async ({ request }) => {
  const gif = await request.get("/api/v1/charts/compare?format=gif");
  expect(gif.status()).toBe(400);
  expect((await gif.json()).error.code).toBe("bad_request");
  const unknown = await request.get("/api/v1/charts/program/no-such-program");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("not_found");
});
