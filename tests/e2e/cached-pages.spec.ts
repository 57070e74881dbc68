// The default views of / and /compare come from Next's cache (lib/cache/cached-view.ts); views with
// parameters still render per request; an editor's edit shows on the cached pages at once.
import { expect, test, type Page } from "@playwright/test";
import { e2eEditor, signInAs } from "./support/accounts";

const cachedPages = ["/", "/compare"];
const program = "The ATOM Project";

async function rename(page: Page, from: string, to: string): Promise<void> {
  await page.goto("/admin/programs");
  await page.getByRole("link", { name: from, exact: true }).click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(to);
  await page.getByRole("button", { name: "Save program" }).click();
  await expect(page).toHaveURL(/saved=/);
}

test("the default views are served from the cache, with the public pages' Cache-Control", async ({ request }) => {
  for (const path of cachedPages) {
    await request.get(path);
    const again = await request.get(path);
    expect(again.status()).toBe(200);
    expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
    expect(again.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
  }
  // The rewrite's destination reached directly: the same rule, not Next's "s-maxage" for ISR pages;
  // any other segment is a 404 rather than a new cache entry.
  expect((await request.get("/cached/overview/live")).headers()["cache-control"]).toBe(
    "public, max-age=0, s-maxage=30, stale-while-revalidate=30",
  );
  expect((await request.get("/cached/overview/other")).status()).toBe(404);
});

test("views with parameters bypass the cache and show what they ask for", async ({ request }) => {
  const past = await request.get("/?asOf=2025-06-01");
  expect(past.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(await past.text()).toContain("2025-06-01");
  const power = await request.get("/compare?metric=power");
  expect(power.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(await power.text()).toMatch(/<option[^>]*value="power"[^>]*selected|selected[^>]*value="power"/);
});

test("an editor's edit shows on the cached pages at once", async ({ page }) => {
  for (const path of cachedPages) {
    await page.goto(path);
    await expect(page.locator("main")).toContainText(program);
  }
  const renamed = `${program} (renamed ${Date.now().toString(36)})`;
  await signInAs(page, e2eEditor);
  await rename(page, program, renamed);
  try {
    for (const path of cachedPages) {
      await page.goto(path);
      await expect(page.locator("main")).toContainText(renamed);
    }
  } finally {
    await rename(page, renamed, program);
  }
  for (const path of cachedPages) {
    await page.goto(path);
    await expect(page.locator("main")).not.toContainText("renamed");
  }
});
