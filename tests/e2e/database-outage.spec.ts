// PostgreSQL stopped and started again under the running app (checklist #37, ASVS 16.5.1/16.5.3):
// meanwhile every surface answers a clean error (an error status, no stack, no connection string,
// no driver text), the editors' area shows no admin content and refuses the save, and once the
// server is back everything answers again without restarting the app, with nothing written.
import { expect, test, type Page } from "@playwright/test";
import { everyResponseHeaders } from "../../lib/security/headers";
import { expectNoAxeViolations } from "../support/axe";
import { tableChecksums } from "../support/table-checksums";
import { signInAsAdmin, useAppOnPostgres, waitForStatus } from "./support/app-on-postgres";

test.describe.configure({ mode: "serial" });

const app = useAppOnPostgres();

// Pages not yet rendered, so rendered during the outage. Pages rendered before it are answered from
// the front cache (lib/cache/front-cache.mjs), so they keep answering through an outage.
const publicPages = ["/?asOf=2026-01-01", "/programs", "/programs/stargate", "/compare?metric=power", "/timeline", "/partners", "/sources"];
const cachedViews = ["/", "/compare"];
const errorHeading = "This page is unavailable right now";

function expectNoDetails(body: string, where: string): void {
  const leaks = [
    /ECONNREFUSED/i,
    /prisma/i,
    /postgres(ql)?:\/\//i,
    /DriverAdapterError/,
    /node_modules/,
    /\bat \S+ \(\S+:\d+:\d+\)/,
    /terminating connection/i,
    /Connection terminated/i,
    new RegExp(`127\\.0\\.0\\.1:${app.cluster.port}\\b`),
  ];
  for (const leak of leaks) expect(body, `${where} leaks ${leak}`).not.toMatch(leak);
}

async function openSourceForm(page: Page): Promise<string> {
  const source = await app.db.source.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" } });
  await page.goto(`/admin/sources/${source.id}`);
  await page.getByLabel("Title").fill("Written while the database was down");
  return source.id;
}

test("pages fail cleanly while PostgreSQL is down, admin fails closed, and all recovers without an app restart", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: app.url });
  const [formPage, page] = [await context.newPage(), await context.newPage()];
  await signInAsAdmin(page);
  // The form is loaded while the database is up; it is submitted during the outage.
  const sourceId = await openSourceForm(formPage);
  // A reader has no cookie: the front cache answers readers only (an editor's request is rendered for the editor).
  const reader = await browser.newContext({ baseURL: app.url });
  for (const path of cachedViews) expect((await reader.request.get(path)).status(), path).toBe(200);
  const before = await tableChecksums(app.db);

  app.cluster.halt();
  try {
    for (const path of cachedViews) {
      const response = await reader.request.get(path);
      expect(response.status(), `${path}, cached before the outage`).toBe(200);
      expect(await response.text(), path).toContain("Stargate");
    }
    for (const path of publicPages) {
      const response = await context.request.get(path);
      expect(response.status(), path).toBe(500);
      const body = await response.text();
      // Next 16 sends its bare error document with the 500 and draws the error boundary in the
      // browser (as for not-found, vercel/next.js#62228): no page content, no details.
      expect(body, path).toContain('<html id="__next_error__">');
      expectNoDetails(body, path);
      // A 500 carries the same security headers as any other response (lib/security/headers.ts).
      for (const { key, value } of everyResponseHeaders) expect(response.headers()[key.toLowerCase()], `${key} on ${path}`).toBe(value);
      expect(
        response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy"),
        path,
      ).toHaveLength(1);
    }
    const overview = await page.goto("/programs/stargate");
    expect(overview?.status()).toBe(500);
    await expect(page.getByRole("heading", { name: errorHeading })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the overview" })).toBeVisible();
    expectNoDetails(await page.content(), "/programs/stargate in the browser");
    await expectNoAxeViolations(page);
    const api = await context.request.get("/api/v1/programs");
    expect(api.status()).toBe(503);
    expect(await api.json()).toEqual({ error: { code: "service_unavailable", message: expect.any(String) } });
    const embed = await context.request.get("/embed/compare");
    expect(embed.status()).toBe(503);
    expectNoDetails(await embed.text(), "/embed/compare");
    const health = await context.request.get("/api/health");
    expect([health.status(), await health.json()]).toEqual([503, { status: "unavailable" }]);

    // In the browser (JavaScript on): the error boundary's page, never the editors' area.
    const admin = await page.goto("/admin/sources");
    expect(admin?.status()).toBe(500);
    await expect(page.getByRole("heading", { name: errorHeading })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Editors’ area" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    expectNoDetails(await page.content(), "/admin/sources");

    await formPage.getByRole("button", { name: "Save source" }).click();
    await expect(formPage.getByRole("heading", { name: errorHeading })).toBeVisible();
    expectNoDetails(await formPage.content(), "the refused save");
  } finally {
    app.cluster.restart();
  }

  // The app's pool reconnects by itself: no restart.
  expect(await waitForStatus(`${app.url}/api/health`, 200, 30_000), app.log()).toBe(true);
  for (const path of [...publicPages, "/api/v1/programs", "/embed/compare"]) {
    expect((await context.request.get(path)).status(), path).toBe(200);
  }
  const admin = await page.goto("/admin/sources");
  expect(admin?.status()).toBe(200);
  await expect(page.getByRole("navigation", { name: "Editors’ area" })).toBeVisible();
  // The save refused during the outage wrote nothing, anywhere.
  expect(await tableChecksums(app.db)).toEqual(before);
  expect((await app.db.source.findUniqueOrThrow({ where: { id: sourceId } })).title).not.toBe("Written while the database was down");
  await Promise.all([context.close(), reader.close()]);
});
