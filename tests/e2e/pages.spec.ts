import { expect, test } from "@playwright/test";
import { testAxeScans } from "../support/axe";

test.describe("overview", () => {
  test("shows headline totals, milestones and announcements from the database", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("main")).toContainText("5 programs tracked");
    await expect(page.getByTestId("unread-past-view")).toHaveCount(0);
    // Read in ten seconds: ranked small multiples come first, high on the page, each entry a link.
    const accelerators = page.getByTestId("rank-accelerators");
    expect((await page.getByTestId("rank-public").boundingBox())!.y).toBeLessThan(600);
    await expect(accelerators.locator("li").first()).toHaveAttribute("data-ranked-program", "stargate");
    await expect(accelerators.getByRole("link", { name: "The Stargate Project" })).toHaveAttribute("href", "/programs/stargate");
    await expect(accelerators.getByRole("link", { name: /^All \d+ programs with one, ranked/ })).toHaveAttribute(
      "href",
      "/programs?sort=accelerators&dir=desc",
    );
    // No sum of things that must not be added: public floors together, Stargate's "up to" apart,
    // ATOM's proposal in no total, and power floors never added to a ceiling.
    const money = page.getByTestId("money-total");
    await expect(money).not.toContainText(/\$51\d\sbn/);
    await expect(money.getByTestId("money-set").filter({ hasText: "The Stargate Project" })).toContainText(/up to \$500\sbn/);
    await expect(money).toContainText("a proposal");
    await expect(page.getByTestId("capacity-total")).not.toContainText(/11\sGW/);
    await expect(page.getByTestId("budget-chart").locator("svg").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Overdue milestones/ })).toBeVisible();
    await expect(page.getByRole("list", { name: "Latest announcements, newest first" })).toContainText(
      "The European Commission selected the EUROPA consortium",
    );
  });

  test("a date in the address that is not a past day says the page shows today's data", async ({ page }) => {
    await page.goto("/?asOf=2025-02-30");
    await expect(page.getByTestId("unread-past-view")).toContainText("so this page shows today’s data");
    await expect(page.getByTestId("past-view")).toHaveCount(0);
    await expect(page.locator("main")).toContainText("5 programs tracked");
    await page.goto("/map?asOf=2025-02-30");
    await expect(page.getByTestId("unread-past-view")).toBeVisible();
  });

  test("?asOf=2025-01-01 hides the Genesis Mission and says it is a past view", async ({ page }) => {
    await page.goto("/?asOf=2025-01-01");
    await expect(page.getByTestId("past-view")).toContainText("2025-01-01");
    await expect(page.locator("main")).toContainText("1 program tracked");
    await expect(page.getByRole("link", { name: "All 1 program, sortable by every measure" })).toBeVisible();
    await expect(page.locator("main")).not.toContainText("Genesis");
    await expect(page.locator('[data-program="eurohpc-ai-factories"] a').first()).toHaveAttribute(
      "href",
      "/programs/eurohpc-ai-factories?asOf=2025-01-01",
    );
  });
});

test.describe("programs", () => {
  test("lists the programs and sorts by private money through the column header, largest first", async ({ page }) => {
    await page.goto("/programs");
    const rows = page.getByTestId("programs-table").locator("tbody tr");
    await expect(rows).toHaveCount(5);
    await expect(rows.first()).toHaveAttribute("data-program", "eurohpc-ai-factories");
    await page.getByRole("link", { name: /^Private money/ }).click();
    await expect(page).toHaveURL(/sort=private&dir=desc/);
    await expect(rows.first()).toHaveAttribute("data-program", "stargate");
    const privateMoney = rows.first().getByTestId("private-money");
    await expect(privateMoney.getByTestId("original-amount")).toHaveText(/up to \$500\sbn/);
    await expect(privateMoney.getByTestId("source")).toContainText("Source:");
  });

  test("filters and sorts with the keyboard alone", async ({ page }) => {
    await page.goto("/programs");
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.getAttribute("name"))) !== "region"; i++)
      await page.keyboard.press("Tab");
    await expect(page.getByLabel("Region")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel("Region")).toHaveValue("Europe");
    for (let i = 0; i < 5; i++) await page.keyboard.press("Tab");
    await expect(page.getByLabel("Sort by")).toBeFocused();
    await page.keyboard.press("End");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Apply" })).toBeFocused();
    await page.keyboard.press("Enter");
    // A plain GET form also sends the fields left at "All" (status=&kind=), which mean no filter.
    await expect(page).toHaveURL(/\/programs\?region=Europe&.*sort=overdue&dir=desc$/);
    const rows = page.getByTestId("programs-table").locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toHaveAttribute("data-program", "eurohpc-ai-factories");
  });

  test("bad filter values fall back to the defaults", async ({ page }) => {
    const response = await page.goto("/programs?sort=nonsense&status=bogus&dir=up");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("programs-table").locator("tbody tr")).toHaveCount(5);
  });

  test("?asOf=2025-01-01 hides the Genesis Mission and keeps the past view in links and the form", async ({ page }) => {
    await page.goto("/programs?asOf=2025-01-01");
    await expect(page.getByTestId("past-view")).toBeVisible();
    await expect(page.locator("main")).not.toContainText("Genesis");
    await expect(page.getByTestId("programs-table").locator("tbody tr")).toHaveCount(1);
    await expect(page.locator('input[type="hidden"][name="asOf"]')).toHaveValue("2025-01-01");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/asOf=2025-01-01/);
    await expect(page.getByTestId("past-view")).toBeVisible();
  });
});

test.describe("program page", () => {
  test("shows the headline first, superseded claims marked, of-which parts under their parent", async ({ page }) => {
    await page.goto("/programs/stargate");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Stargate Project");
    const claims = page.getByTestId("funding-claims").locator(":scope > article");
    await expect(claims.first()).toHaveAttribute("data-headline", "true");
    await expect(claims.first()).toContainText("up to $500");
    const superseded = page.locator("article[data-superseded]").filter({ hasText: "more than $400" });
    await expect(superseded.getByTestId("superseded")).toHaveText("Superseded");
    await expect(superseded).toContainText("Superseded by");
    // A dated change to the status it already had confirms it, rather than reading "X → X".
    const statuses = page.getByRole("list", { name: "Status changes of The Stargate Project, oldest first" });
    await expect(statuses).toContainText("still under construction");
    await expect(statuses).not.toContainText("under construction → under construction");
    // The long lists have their own pages, linked with their counts.
    const sources = page.getByRole("link", { name: /^All \d+ sources of The Stargate Project/ });
    await expect(sources).toHaveAttribute("href", "/sources?program=stargate");
    const announcements = page.getByRole("link", { name: /^All \d+ announcements of The Stargate Project$/ });
    await expect(announcements).toHaveAttribute("href", "/programs/stargate/announcements");
    await page.goto("/programs/genesis-mission");
    const headline = page.getByTestId("funding-claims").locator(":scope > article").first();
    await expect(headline.locator("article")).toHaveCount(4);
    await expect(headline).toContainText("not added to it");
    await expect(page.getByTestId("milestone-table")).toContainText("20 days late");
    // One row per organisation, its roles merged (Partners (30) on the seeded data).
    await expect(page.getByRole("heading", { name: /^Partners \(\d+\)/ })).toBeVisible();
    await expect(page.locator("main")).toContainText("MOU signatory");
  });

  test("answers 404 for an unknown program", async ({ request }) => {
    expect((await request.get("/programs/no-such-program")).status()).toBe(404);
    expect((await request.get("/programs/genesis-mission?asOf=2025-01-01")).status()).toBe(404);
  });
});

test.describe("timeline", () => {
  test("is an SVG in the server's HTML, before any script runs", async ({ request }) => {
    const html = await (await request.get("/timeline")).text();
    expect(html).toMatch(/<svg[^>]*data-testid="timeline-svg"/);
    expect(html).toContain('data-lane="genesis-mission"');
    expect(html).toContain('data-testid="today-line"');
    // A mark links to its table row, which names it and feeds its tooltip: the details are in the HTML once.
    expect(html).toMatch(/<a href="#(mark-\d+)" aria-labelledby="\1" class="timeline-mark" data-mark="\d+"/);
    expect(/Identify at least 20 national.*?<\/tr>/.exec(html)?.[0]).toContain("20 days late");
  });

  test("draws a lane per program and filters by program and status", async ({ page }) => {
    await page.goto("/timeline");
    // The wide timeline (the phone layout beside it is another SVG, shown by CSS).
    const wide = page.getByTestId("timeline-svg").first();
    await expect(wide.locator("[data-lane]")).toHaveCount(5);
    await expect(page.locator("svg [data-overdue]").first()).toBeAttached();
    // The seeds hold one milestone with no known date (a count of one is singular).
    await expect(page.getByText("1 milestone without a known date is listed in the table only.")).toBeVisible();
    // The programs drawn by default are ticked (as on /compare): unticking all but Stargate leaves it alone.
    const otherTicked = page.locator('input[name="program"]:checked:not([value="stargate"])');
    for (let ticked = 5; ticked > 1; ticked--) {
      await otherTicked.first().uncheck();
      await expect(page.getByRole("group", { name: `Programs (${ticked - 1} of 5 ticked)` })).toBeVisible();
    }
    await expect(page.getByRole("checkbox", { name: "The Stargate Project" })).toBeChecked();
    await page.getByRole("checkbox", { name: "Completed", exact: true }).check();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/program=stargate&status=completed/);
    await expect(wide.locator("[data-lane]")).toHaveCount(1);
    const statuses = await page.locator("svg [data-mark]").evaluateAll((marks) => marks.map((m) => m.getAttribute("data-status")));
    expect(statuses.length).toBeGreaterThan(3);
    expect(new Set(statuses)).toEqual(new Set(["completed"]));
  });
});

test.describe("partners and sources", () => {
  test("crosses organisations with programs and links to each organisation", async ({ page }) => {
    await page.goto("/partners");
    const nvidia = page.locator('[data-organization="nvidia"]');
    expect(Number(await nvidia.getByTestId("program-count").textContent())).toBeGreaterThan(1);
    await nvidia.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/NVIDIA/i);
    await expect(page.getByTestId("partner-roles").locator("tbody tr")).not.toHaveCount(0);
  });

  test("lists every source with what it backs", async ({ page }) => {
    await page.goto("/sources");
    const sources = page.getByRole("list", { name: "Sources" }).locator(":scope > li");
    // Paged: 25 a page, so sources backing hundreds of records never make the page heavy.
    await expect(sources).toHaveCount(25);
    await expect(page.getByRole("navigation", { name: "Pages of sources" })).toContainText(/Page 1 of [2-9]/);
    await expect(sources.first().getByTestId("supports")).toContainText("Backs");
  });
});

testAxeScans(["/", "/programs", "/programs/stargate", "/timeline", "/partners", "/partners/nvidia", "/sources", "/?asOf=2025-01-01"]);
