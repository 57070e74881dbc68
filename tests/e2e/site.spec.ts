// What every public page shares: caching headers, the navigation (which keeps a past view), the
// not-found page, the skip link and phone width.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const publicCache = "public, max-age=0, s-maxage=30, stale-while-revalidate=30";

test.describe("caching", () => {
  test("public pages may be stored: browsers revalidate every use, a shared cache keeps them up to 60 s", async ({ request }) => {
    for (const path of ["/", "/programs/stargate", "/compare?metric=power", "/timeline?asOf=2025-01-01"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["cache-control"], path).toBe(publicCache);
    }
    const missing = await request.get("/programs/no-such-program");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["cache-control"]).toBe(publicCache);
  });

  test("the API sends the same, with an ETag that answers 304 while the data is unchanged", async ({ request }) => {
    for (const path of ["/api/v1/programs", "/api/v1/compare?metric=power", "/api/v1/compare?format=csv"]) {
      const first = await request.get(path);
      expect(first.status(), path).toBe(200);
      expect(first.headers()["cache-control"], path).toBe(publicCache);
      const etag = first.headers()["etag"] ?? "";
      expect(etag, path).toMatch(/^W\/".+"$/);
      const again = await request.get(path, { headers: { "If-None-Match": etag } });
      expect(again.status(), path).toBe(304);
      expect(await again.body(), path).toHaveLength(0);
      expect(again.headers()["etag"], path).toBe(etag);
      expect((await request.get(path, { headers: { "If-None-Match": 'W/"stale"' } })).status(), path).toBe(200);
    }
  });

  test("the editors' area is never stored", async ({ request }) => {
    const response = await request.get("/admin", { maxRedirects: 0 });
    expect(response.headers()["cache-control"]).toBe("no-store");
  });
});

test.describe("navigation", () => {
  test("keeps a past view from page to page, and leaves it with the notice's link", async ({ page }) => {
    await page.goto("/programs?asOf=2025-01-01");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Compare" })).toHaveAttribute("href", "/compare?asOf=2025-01-01");
    await expect(nav.getByRole("link", { name: "Compute Atlas" })).toHaveAttribute("href", "/?asOf=2025-01-01");
    await nav.getByRole("link", { name: "Timeline" }).click();
    await expect(page).toHaveURL(/\/timeline\?asOf=2025-01-01$/);
    await expect(page.getByTestId("past-view")).toContainText("2025-01-01");
    // Client-side navigation re-renders the header with the page, so leaving the past view updates it.
    await page.getByTestId("past-view").getByRole("link", { name: "See today’s data" }).click();
    await expect(page).toHaveURL(/\/timeline$/);
    await expect(nav.getByRole("link", { name: "Compare" })).toHaveAttribute("href", "/compare");
  });

  // Next 16 serves notFound() from a page as an empty HTML shell that the browser fills from the
  // RSC payload (vercel/next.js#62228), so this page needs JavaScript; an unmatched URL does not.
  test("an unknown program answers 404 with a not-found page that keeps the navigation", async ({ page }) => {
    const response = await page.goto("/programs/no-such-program");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("keyboard and phone", () => {
  test("the first Tab reaches a visible skip link that moves focus past the navigation", async ({ page }) => {
    await page.goto("/timeline");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await page.keyboard.press("Tab");
    // The next stop is inside <main>, not the navigation again.
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
  });

  test("the focused skip link is readable in the dark colour scheme too", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/timeline");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await expectNoAxeViolations(page);
  });

  for (const path of ["/", "/programs", "/programs/stargate", "/compare", "/timeline", "/partners", "/partners/nvidia", "/sources"]) {
    test(`${path} fits a 375 px phone: no sideways scrolling of the page, and still no axe violations`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Wide charts and tables scroll inside their own region, which must then be reachable by keyboard.
      await expectNoAxeViolations(page);
    });
  }
});
