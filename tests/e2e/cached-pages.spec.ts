// Every public page, for any options and past views included, is answered from the front cache
// (lib/cache/front-cache.mjs) once rendered: the same bytes and headers as the render, an ETag and a
// 304; an editor's requests are never stored; an editor's edit shows on the cached pages at once.
import { expect, test, type Page } from "@playwright/test";
import { e2eEditor, signInAs } from "./support/accounts";

const cachedPages = ["/", "/compare", "/programs"];
const program = "The ATOM Project";
const publicCache = "public, max-age=0, s-maxage=30, stale-while-revalidate=30";

async function rename(page: Page, from: string, to: string): Promise<void> {
  await page.goto("/admin/programs");
  await page.getByRole("link", { name: from, exact: true }).click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(to);
  await page.getByRole("button", { name: "Save program" }).click();
  // 30 s: a save took over 5 s on the loaded, shared machine.
  await expect(page).toHaveURL(/saved=/, { timeout: 30_000 });
}

test("public pages with any options, past views included, are served from the cache with their headers", async ({ request }) => {
  for (const path of ["/", "/compare?metric=power", "/?asOf=2025-06-01", "/timeline", "/programs/stargate?asOf=2025-06-01"]) {
    const first = await request.get(path);
    const again = await request.get(path);
    expect([first.status(), again.status()], path).toEqual([200, 200]);
    expect(again.headers()["x-atlas-cache"], path).toBe("HIT");
    expect(again.headers()["cache-control"], path).toBe(publicCache);
    expect(again.headers()["content-security-policy"], path).toBe(first.headers()["content-security-policy"]);
    expect(await again.text(), path).toBe(await first.text());
    const revalidated = await request.get(path, { headers: { "if-none-match": again.headers().etag! } });
    expect(revalidated.status(), path).toBe(304);
  }
});

test("views with options show what they ask for", async ({ request }) => {
  const past = await request.get("/?asOf=2025-06-01");
  expect(await past.text()).toContain("2025-06-01");
  const power = await request.get("/compare?metric=power");
  expect(await power.text()).toMatch(/<option[^>]*value="power"[^>]*selected|selected[^>]*value="power"/);
});

test("an editor's requests are rendered for them, never stored", async ({ page }) => {
  await signInAs(page, e2eEditor);
  for (let i = 0; i < 2; i += 1) expect((await page.request.get("/timeline?as=editor")).headers()["x-atlas-cache"]).toBeUndefined();
  expect((await page.request.get("/admin")).headers()["x-atlas-cache"]).toBeUndefined();
});

test("an editor's edit shows on the cached pages at once, to readers without cookies", async ({ page, request }) => {
  // The sign-in may wait for a fresh TOTP step (the test before used one), and each save publishes.
  test.setTimeout(120_000);
  const readerSees = async (path: string) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    return response.text();
  };
  for (const path of cachedPages) {
    await readerSees(path);
    expect(await readerSees(path), path).toContain(program);
  }
  const renamed = `${program} (renamed ${Date.now().toString(36)})`;
  await signInAs(page, e2eEditor);
  await rename(page, program, renamed);
  try {
    for (const path of cachedPages) expect(await readerSees(path), path).toContain(renamed);
  } finally {
    await rename(page, renamed, program);
  }
  for (const path of cachedPages) expect(await readerSees(path), path).not.toContain("renamed");
});
