import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

// The world map: drawn on the server, so it is whole without JavaScript; fits a phone; its
// countries lead to their programs; the page stays small.

/** Sideways overflow of the document, and visible texts under 11 px. */
async function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of document.body.querySelectorAll<HTMLElement>("h1, h2, p, li, a, summary, figcaption, span")) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || !element.textContent?.trim() || element.closest(".sr-only")) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < 10.95) problems.push(`${size} px: "${element.textContent.trim().slice(0, 30)}"`);
    }
    for (const frame of document.querySelectorAll<HTMLElement>(".scroll, [role=region]")) {
      if (frame.scrollWidth > frame.clientWidth + 1) problems.push(`frame scrolls: ${frame.scrollWidth} > ${frame.clientWidth}`);
    }
    for (const svg of document.querySelectorAll<SVGSVGElement>("svg")) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0 || !svg.viewBox.baseVal?.width) continue;
      const scale = box.width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll("text")) {
        if (text.getBoundingClientRect().width === 0 || !text.textContent?.trim()) continue;
        const size = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (size < 10.95) problems.push(`svg ${size.toFixed(1)} px: "${text.textContent.trim().slice(0, 30)}"`);
      }
    }
    return problems;
  });
}

// Every embed in a phone-wide frame: its chart laid out for the width (no sideways scrolling), every text at least 11 px.
test.describe("embeds at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of [
    "/embed/compare",
    "/embed/compare?metric=accelerators",
    "/embed/timeline",
    "/embed/program/stargate",
    "/embed/program/stargate?chart=timeline",
  ]) {
    test(`${path}: nothing scrolls sideways, no text under 11 px`, async ({ page }) => {
      await page.goto(path);
      expect(await layoutProblems(page)).toEqual([]);
    });
  }
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ["/map", "/map?metric=power", "/embed/map"]) {
    test(`${path}: the map fits the width, nothing scrolls sideways, no text under 11 px`, async ({ page }) => {
      await page.goto(path);
      const map = page.getByTestId("map-figure").locator("svg");
      await expect(map).toBeVisible();
      expect((await map.boundingBox())!.width).toBeLessThanOrEqual(390);
      expect(await layoutProblems(page)).toEqual([]);
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the map is drawn, with its legend, and a country leads to its program", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Map" }).click();
    await expect(page).toHaveURL(/\/map$/);
    await expect(page.getByTestId("map-figure").locator("svg path").first()).toBeAttached();
    await expect(page.getByTestId("map-legend")).toContainText("never added up");
    await expect(page.getByTestId("map-legend")).toContainText('a member of the region "European Union"');
    // France holds one program of its own: its shape links to that program's page.
    await page.locator('[data-testid=map-figure] a[href="/programs/fluidstack-france"]').dispatchEvent("click");
    await expect(page).toHaveURL(/\/programs\/fluidstack-france$/);
  });

  test("a country with several programs leads to their list; the metric switch is a link", async ({ page }) => {
    await page.goto("/map");
    const us = page.locator('[data-testid=map-figure] a[href="/map#map-country-840"]');
    await expect(us).toBeAttached();
    await expect(page.locator("#map-country-840 li")).toHaveCount(3);
    await page.getByRole("navigation", { name: "Metric" }).getByRole("link", { name: "Power" }).click();
    await expect(page).toHaveURL(/metric=power/);
    await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("Power announced, by country");
  });
});

test("the /map page stays under 60 KB of gzipped HTML", async ({ request }) => {
  const body = await (await request.get("/map")).body();
  expect(gzipSync(body).length).toBeLessThan(60_000);
});

for (const scheme of ["light", "dark"] as const) {
  test(`/map passes axe in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/map");
    await expectNoAxeViolations(page);
  });
}
