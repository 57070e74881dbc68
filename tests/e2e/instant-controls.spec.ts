import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

// Instant controls: a change applies in place (the same document, no reload, no jump to the top),
// the server draws the new SVG, and the address keeps the view. Without JavaScript the forms submit.

/** A mark on the window that a full page load would wipe. */
async function markWindow(page: Page) {
  await page.evaluate(() => Object.assign(window, { atlasMarker: "kept" }));
}
const marker = (page: Page) => page.evaluate(() => (window as unknown as { atlasMarker?: string }).atlasMarker);
const chartSvg = (page: Page) => page.locator("[data-testid^=chart-svg] svg").first().innerHTML();

test("a control change on /compare updates the chart without a navigation reload or a jump to the top", async ({ page }) => {
  await page.goto("/compare");
  await markWindow(page);
  const before = await chartSvg(page);
  const metric = page.getByLabel("Metric");
  await metric.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 120));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  await metric.focus();
  await metric.selectOption("power");

  await expect(page).toHaveURL(/\/compare\?metric=power$/);
  await expect(page.getByRole("heading", { name: "Power", level: 3 })).toBeVisible();
  // The form is drawn anew for the new view; the focus stays on the control the reader changed.
  await expect(page.getByLabel("Metric")).toBeFocused();
  expect(await chartSvg(page)).not.toBe(before);
  expect(await marker(page)).toBe("kept");
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test("the chart's own scale and metric switches apply in place too", async ({ page }) => {
  await page.goto("/compare");
  await markWindow(page);
  const before = await chartSvg(page);
  await page.getByRole("navigation", { name: "Axis" }).getByRole("link", { name: "Log" }).click();
  await expect(page).toHaveURL(/\/compare\?scale=log$/);
  await expect(page.getByLabel("Scale")).toHaveValue("log");
  expect(await chartSvg(page)).not.toBe(before);
  await page.getByRole("navigation", { name: "Measure" }).getByRole("link", { name: "Accelerators" }).click();
  await expect(page).toHaveURL(/\/compare\?metric=accelerators&scale=log$/);
  await expect(page.getByRole("heading", { name: "Accelerators", level: 3 })).toBeVisible();
  expect(await marker(page)).toBe("kept");
});

// The chart comes first, with its own switches above it; the first (its measure) is the page's first control after the navigation.
test("on /compare the first chart option is reached in at most 10 Tab presses, with a visible focus", async ({ page }) => {
  await page.goto("/compare");
  const firstOption = page.getByRole("navigation", { name: "Measure" }).getByRole("link").first();
  let presses = 0;
  while (presses < 10 && !(await firstOption.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press("Tab");
    presses += 1;
  }
  await expect(firstOption).toBeFocused();
  expect(presses).toBeLessThanOrEqual(10);
  const outline = await firstOption.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
});

test('the /programs explorer sorts in place, and the "known on" form keeps its filters', async ({ page }) => {
  await page.goto("/programs");
  await markWindow(page);
  await page.getByLabel("Sort by").selectOption("power");
  await expect(page).toHaveURL(/\/programs\?sort=power$/);
  await page.getByLabel("Order").selectOption("desc");
  await expect(page).toHaveURL(/\/programs\?sort=power&dir=desc$/);
  expect(await marker(page)).toBe("kept");
  // The header's past-view form carries the explorer's options.
  const kept = page.getByTestId("known-on").locator("input[type=hidden][name=sort]");
  await expect(kept).toHaveValue("power");
});

test('the timeline\'s "completed late" filter applies in place', async ({ page }) => {
  await page.goto("/timeline");
  await markWindow(page);
  const marks = page.locator("svg[data-testid=timeline-svg]:visible a.timeline-mark");
  const all = await marks.count();
  await page.getByRole("checkbox", { name: "Completed late" }).check();
  await expect(page).toHaveURL(/\/timeline\?status=completed_late$/);
  // Fewer marks, but some (the new SVG may be drawn a moment after the address changes).
  const fewerButSome = async () => {
    const shown = await marks.count();
    return shown > 0 && shown < all;
  };
  await expect.poll(fewerButSome).toBe(true);
  expect(await marker(page)).toBe("kept");
  await expect(page.getByRole("table").first()).toContainText("days late");
});

test('the "known on" date of the header keeps the page\'s options and applies in place', async ({ page }) => {
  await page.goto("/timeline?status=completed");
  await markWindow(page);
  const control = page.getByTestId("known-on");
  // A date field built at load costs every page style work (components/controls/date-field.tsx): it becomes one when opened.
  const field = control.getByLabel("Show what was known on");
  await expect(field).toHaveAttribute("type", "text");
  await control.getByText("Known on: today").click();
  await expect(field).toHaveAttribute("type", "date");
  await field.fill("2025-06-01");
  await expect(page).toHaveURL(/\/timeline\?status=completed&asOf=2025-06-01$/);
  await expect(page.getByTestId("past-view")).toContainText("2025-06-01");
  await expect(control.locator("summary")).toHaveText("Known on: 2025-06-01");
  // The re-rendered header keeps the picker while its panel is open.
  await expect(field).toHaveAttribute("type", "date");
  expect(await marker(page)).toBe("kept");
});

// The picker lists the chosen programs and a few more (all of a short list); the search box finds any
// program on the server and ticks it. As on /compare, the programs drawn by default are ticked, so a
// program chosen is added to them and one unticked is left out.
test("the program picker finds a program on the server and adds it from the keyboard", async ({ page }) => {
  test.setTimeout(60_000); // the whole timeline drawn three times, server searches and an accessibility scan, on a busy machine
  await page.goto("/timeline");
  await markWindow(page);
  const genesis = page.getByRole("checkbox", { name: "Genesis Mission" });
  await expect(page.getByRole("group", { name: /Programs \(5 of 5 ticked\)/ })).toBeVisible();
  await genesis.uncheck();
  await expect(page).toHaveURL(/\/timeline\?(?=.*program=stargate)(?!.*genesis)/);
  // With four programs chosen, the fifth is still listed.
  await expect(genesis).toHaveCount(1);
  await expect(genesis).not.toBeChecked();
  const box = page.getByRole("combobox", { name: "Find a program" });
  const list = page.getByRole("listbox", { name: "Matching programs", includeHidden: true });
  await expect(box).toHaveAttribute("maxlength", "100");
  // Escape before the answer cancels the search: the list does not open a moment later.
  await box.fill("genesis");
  await box.press("Escape");
  await page.waitForTimeout(800);
  await expect(list).toBeHidden();
  // Tab closes an open list.
  await box.fill("GENESIS");
  await expect(list.getByRole("option")).toHaveText(["Genesis Mission"]);
  await expect(page.getByText("1 program found.")).toBeVisible();
  await box.press("Tab");
  await expect(list).toBeHidden();
  await box.focus();
  await box.fill("GENESIS ");
  await expect(list.getByRole("option")).toHaveText(["Genesis Mission"]);
  await box.press("ArrowDown");
  await expect(page.getByRole("option", { name: "Genesis Mission" })).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", /option-0$/);
  // The open list, scanned without the chart and its table (the axe scan of charts.spec covers them: here, 37 marks and rows).
  await expectNoAxeViolations(page, { exclude: "figure, table" });
  await box.press("Enter");
  // Added back to the other four: the five drawn by default, whose address is the bare one.
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(genesis).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Stargate" })).toBeChecked();
  await expect(list).toBeHidden();
  expect(await marker(page)).toBe("kept");
  await box.fill("no such program");
  await expect(page.getByText("No program matches “no such program”.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test('the "known on" form and the timeline filters submit with their buttons', async ({ page }) => {
    await page.goto("/compare?metric=power");
    await page.getByTestId("known-on").getByText("Known on: today").click();
    await page.getByLabel("Show what was known on").fill("2025-06-01");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/compare\?metric=power&asOf=2025-06-01$/);
    await expect(page.getByTestId("past-view")).toContainText("2025-06-01");

    // The programs drawn by default are ticked, and sent: the page folds them into its bare address.
    await page.goto("/timeline");
    await expect(page.getByRole("checkbox", { name: "Genesis Mission" })).toBeChecked();
    await page.getByRole("checkbox", { name: "Completed late" }).check();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/timeline\?status=completed_late$/);
  });

  test("the program picker's search lists the matches to tick", async ({ page }) => {
    // The find field is drawn when some programs are not listed (never with the 5 seeded programs):
    // the page answers its query, `find`, as it would.
    await page.goto("/timeline?program=stargate&find=genesis");
    await expect(page.getByText("1 program matches “genesis”: tick to add, then Apply.")).toBeVisible();
    await page.getByRole("checkbox", { name: "Genesis Mission" }).check();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/timeline\?(?=.*program=stargate)(?=.*program=genesis-mission)/);
    await expect(page.getByRole("checkbox", { name: "Genesis Mission" })).toBeChecked();
    // /compare redirects a submitted form to its permalink, and keeps the search on it.
    await page.goto("/compare?metric=money&find=genesis");
    await expect(page).toHaveURL(/\/compare\?find=genesis$/);
    await expect(page.getByText("1 program matches “genesis”")).toBeVisible();
  });

  for (const path of ["/", "/programs", "/programs/stargate", "/partners", "/sources"]) {
    test(`${path} has the "known on" date, and a past view of it`, async ({ page }) => {
      await page.goto(path);
      await page.getByTestId("known-on").getByText("Known on: today").click();
      await page.getByLabel("Show what was known on").fill("2025-06-01");
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, "\\/")}\\?asOf=2025-06-01$`));
      await expect(page.getByTestId("past-view")).toContainText("2025-06-01");
    });
  }
});
