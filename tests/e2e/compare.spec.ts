import { expect, test, type Page } from "@playwright/test";
import { testAxeScans } from "../support/axe";
import { parseCsv } from "../support/parse-csv";

async function footnotes(page: Page): Promise<string[]> {
  return page.locator("#footnotes-heading + ol > li").allInnerTexts();
}

test("the chart's SVG is in the server's HTML, before any script, and recharts is not shipped", async ({ request }) => {
  const response = await request.get("/compare");
  expect(response.status()).toBe(200);
  const html = await response.text();
  const svg = html.match(/<svg[^>]*class="recharts-surface"[\s\S]*?<\/svg>/)?.[0] ?? "";
  expect(svg).toMatch(/viewBox="0 0 680 \d+"/);
  // ATOM is a proposal: its cost estimate is never drawn as money, so four programs have a bar.
  expect(svg.match(/<rect [^>]*data-shape=/g)).toHaveLength(4);
  for (const name of ["EuroHPC AI Factories", "The Stargate Project", "Genesis Mission"]) expect(svg).toContain(name);
  expect(svg).toMatch(/<title>The Stargate Project: [^<]*\nup to \$500\u00a0bn\n[^<]*Source: /);
  expect(svg).toContain("2025 average EUR/USD rate (ECB)");

  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) {
    const body = await (await request.get(src)).text();
    expect(body, src).not.toContain("recharts");
  }
});

test("options live in the URL: change the controls, reload, and the same view comes back", async ({ page }) => {
  await page.goto("/compare");
  // Each change applies at once (a server render each): wait for one before the next, as a reader would.
  await page.getByLabel("Metric").selectOption("power");
  await expect(page).toHaveURL(/metric=power/, { timeout: 15_000 });
  await page.getByLabel("Scale").selectOption("log");
  await expect(page).toHaveURL(/scale=log/, { timeout: 15_000 });
  await page.getByLabel("Claims shown").selectOption("all");
  await expect(page).toHaveURL(/claims=all/, { timeout: 15_000 });
  await page.getByRole("checkbox", { name: "The ATOM Project" }).uncheck();
  await expect(page).toHaveURL(/program=/, { timeout: 15_000 });
  await page.getByRole("button", { name: "Apply" }).click();

  await expect(page).toHaveURL(
    new RegExp(
      /\/compare\?program=eurohpc-ai-factories&program=fluidstack-france&program=genesis-mission/.source +
        /&program=stargate&metric=power&scale=log&claims=all$/.source,
    ),
  );
  await expect(page.getByRole("heading", { name: "Power", level: 3 })).toBeVisible();
  const before = await footnotes(page);
  expect(before.length).toBeGreaterThan(3);
  expect(before.join("\n")).not.toContain("ATOM");

  await page.reload();
  await expect(page.getByLabel("Metric")).toHaveValue("power");
  await expect(page.getByLabel("Scale")).toHaveValue("log");
  await expect(page.getByLabel("Claims shown")).toHaveValue("all");
  await expect(page.getByRole("checkbox", { name: "The ATOM Project" })).not.toBeChecked();
  expect(await footnotes(page)).toEqual(before);
});

test("a query with defaults or bad values is redirected to its canonical address", async ({ request }) => {
  const response = await request.get("/compare?metric=money&currency=usd&scale=nonsense&view=table&asOf=", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe("/compare?view=table");
  // The picker's no-JavaScript search: a NUL (which PostgreSQL text cannot hold) is no search, not a failure.
  for (const url of ["/compare?find=%00", "/timeline?find=%00"]) expect((await request.get(url)).status(), url).toBeLessThan(500);
});

test("the CSV download has exactly the table's rows, in the table's order, with their sources", async ({ page, request }) => {
  await page.goto("/compare?claims=all&unverified=1&view=table");
  const rows = page.getByTestId("compare-table").locator("tbody tr[data-row]");
  const count = await rows.count();
  expect(count).toBeGreaterThan(20);
  const table = [];
  for (let i = 0; i < count; i += 1) {
    const row = rows.nth(i);
    table.push({
      id: await row.getAttribute("data-row"),
      program: await row.locator('[data-cell="program"]').innerText(),
      figure: (await row.locator('[data-cell="figure"]').innerText()).split("\n")[0],
    });
  }

  const href = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
  expect(href).toBe("/api/v1/compare?claims=all&unverified=1&format=csv");
  const csv = await request.get(href!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="compute-atlas_compare_funding_usd_\d{4}-\d{2}-\d{2}\.csv"$/);
  const records = parseCsv(await csv.text());
  expect(records.map((r) => ({ id: r.claim_id, program: r.program, figure: r.figure }))).toEqual(table);
  for (const record of records) expect(record.source_publisher).not.toBe("");

  const json = await request.get((await page.getByRole("link", { name: "JSON" }).getAttribute("href"))!);
  const body = (await json.json()) as { data: { rows: { id: string }[] } };
  expect(body.data.rows.map((r) => r.id)).toEqual(table.map((r) => r.id));
});

test("the controls work with the keyboard alone", async ({ page }) => {
  await page.goto("/compare");
  const focusOn = async (test: () => boolean) => {
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(test)) return;
    }
    throw new Error("never reached by Tab");
  };
  await focusOn(() => document.activeElement?.getAttribute("name") === "metric");
  await page.keyboard.type("Power");
  await focusOn(() => document.activeElement?.getAttribute("name") === "unverified");
  await page.keyboard.press("Space");
  await focusOn(() => document.activeElement?.textContent?.trim() === "Apply");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/compare\?metric=power&unverified=1$/);
  await expect(page.getByRole("heading", { name: "Power", level: 3 })).toBeVisible();
});

test("the form works with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/compare");
  await page.getByLabel("Metric").selectOption("accelerators");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/compare\?metric=accelerators$/);
  await expect(page.getByTestId("chart-svg").locator("svg rect[data-shape]").first()).toBeVisible();
  await context.close();
});

test("?asOf=2025-01-01 shows what was known then: no Genesis Mission, and says it is a past view", async ({ page }) => {
  await page.goto("/compare?claims=all&unverified=1");
  await expect(page.locator("main")).toContainText("Genesis Mission");
  await page.goto("/compare?claims=all&unverified=1&asOf=2025-01-01");
  await expect(page.getByTestId("past-view")).toContainText("2025-01-01");
  await expect(page.locator("main")).not.toContainText("Genesis Mission");
  await expect(page.getByRole("checkbox", { name: "Genesis Mission" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute("href", /asOf=2025-01-01/);
});

test("the API answers bad options with the defaults, not an error", async ({ request }) => {
  const response = await request.get("/api/v1/compare?metric=gold&scale=cubic");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { data: { query: string; rows: unknown[] } };
  expect(body.data.query).toBe("");
  expect(body.data.rows).toHaveLength(4); // every program's headline money but ATOM's (a proposal)
});

testAxeScans([
  "/compare",
  "/compare?claims=all&unverified=1&scale=log",
  "/compare?claims=all&unverified=1&view=table",
  "/compare?metric=compute&unverified=1&asOf=2025-06-01",
]);

test("the chart stays readable at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/compare");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("region", { name: "Money in US dollars chart" })).toBeVisible();
});
