import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

// Charts read at a glance on any screen: at phone width no chart scrolls sideways, no SVG text is
// cut by its box or drawn under 11 px; every timeline mark is numbered and leads to its table row.
const chartPages = ["/", "/compare", "/compare?metric=accelerators", "/compare?scale=log", "/timeline", "/programs/stargate"];

/** Every visible chart SVG on the page: overflow of its frame, texts outside its box, texts under 11 px. */
async function chartProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const svgs = [...document.querySelectorAll<SVGSVGElement>("[data-testid^=chart-svg] svg, svg[data-testid=timeline-svg]")].filter(
      (svg) => svg.getBoundingClientRect().width > 0,
    );
    for (const svg of svgs) {
      const box = svg.getBoundingClientRect();
      const frame = svg.closest("[role=region]");
      if (frame && frame.scrollWidth > frame.clientWidth + 1) problems.push(`frame scrolls: ${frame.scrollWidth} > ${frame.clientWidth}`);
      const scale = box.width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll("text")) {
        const rect = text.getBoundingClientRect();
        if (rect.width === 0 || !text.textContent?.trim()) continue;
        const label = text.textContent.trim().slice(0, 40);
        if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1) {
          problems.push(`clipped: "${label}"`);
        }
        const size = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (size < 10.95) problems.push(`${size.toFixed(1)} px: "${label}"`);
      }
    }
    return { count: svgs.length, problems };
  });
}

/** The page's first visible chart (the overview's ranked bars, a compare chart, the timeline): its top, from the page's top. */
function firstChartTop(page: Page) {
  return page.evaluate(() => {
    const charts = document.querySelectorAll("[data-testid^=rank-], [data-testid^=chart-svg] svg, svg[data-testid=timeline-svg]");
    const chart = [...charts].find((node) => node.getBoundingClientRect().width > 0);
    return chart ? chart.getBoundingClientRect().top + window.scrollY : Infinity;
  });
}

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of chartPages) {
    test(`${path}: charts fit without sideways scrolling, texts unclipped and at least 11 px`, async ({ page }) => {
      await page.goto(path);
      const { count, problems } = await chartProblems(page);
      expect(count).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      // Chart first: the options come after it, so it starts on the first screen.
      if (["/", "/compare", "/timeline"].includes(path)) expect(await firstChartTop(page)).toBeLessThanOrEqual(844);
    });
  }
});

test.describe("at 1280 px", () => {
  for (const path of ["/compare", "/compare?metric=accelerators", "/timeline"]) {
    test(`${path}: no chart text is clipped`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      const { count, problems } = await chartProblems(page);
      expect(count).toBeGreaterThan(0);
      expect(problems.filter((p) => p.startsWith("clipped"))).toEqual([]);
    });
  }
});

test("bars keep their program's colour from chart to chart, largest first", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // Each program's swatch in the colour key, by name: the colours its bars are drawn in.
  const keyOf = async (metric: string) => {
    await page.goto(`/compare?metric=${metric}`);
    const key = page.getByTestId("program-key").locator("li");
    await expect(key.first()).toBeVisible();
    const swatches = await key.evaluateAll((items) =>
      items.map((li) => [li.textContent!.trim(), getComputedStyle(li.querySelector("span")!).backgroundColor] as const),
    );
    // The bars are drawn in the key's colours, and only in them.
    const bars = await page
      .getByTestId("chart-svg")
      .first()
      .locator("[data-program-colour]")
      .evaluateAll((marks) => marks.map((mark) => mark.getAttribute("data-program-colour")!));
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(", ")})`;
    expect(new Set(bars.map(rgb))).toEqual(new Set(swatches.map(([, colour]) => colour)));
    return Object.fromEntries(swatches);
  };
  // Accelerators draws ATOM, money does not: Fluidstack, which prefers ATOM's purple, keeps one colour.
  const accelerators = await keyOf("accelerators");
  const money = await keyOf("money");
  expect(new Set(Object.values(money)).size).toBe(Object.keys(money).length);
  const inBoth = Object.keys(money).filter((name) => name in accelerators);
  expect(inBoth).toContain("Fluidstack AI supercomputer in France");
  for (const name of inBoth) expect(accelerators[name], name).toBe(money[name]);
  const widths = await page
    .getByTestId("chart-svg")
    .first()
    .locator("rect[data-mark=bar]")
    .evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute("x")) + Number(n.getAttribute("width"))));
  expect(widths).toEqual([...widths].sort((a, b) => b - a));
});

test("every timeline mark has a visible number, the same as its table row, and a tooltip on focus and hover", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/timeline");
  const marks = page.locator("svg[data-testid=timeline-svg]:visible a.timeline-mark");
  const count = await marks.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i += 1) {
    const mark = marks.nth(i);
    const number = (await mark.getByTestId("mark-number").textContent())?.trim();
    expect(number).toMatch(/^\d+$/);
    const row = page.locator((await mark.getAttribute("href"))!);
    await expect(row.getByTestId("row-number")).toHaveText(`${number}.`);
  }
  // A mark is named by its table row's title cell, which it links to, and its tooltip shows that row.
  const rowTitle = async (i: number) => (await page.locator((await marks.nth(i).getAttribute("href"))!).innerText()).trim();
  const escaped = (await rowTitle(0)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await expect(marks.nth(0)).toHaveAccessibleName(new RegExp(`^${escaped}`));
  const tooltip = page.getByTestId("timeline-tooltip");
  await marks.nth(0).focus();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(await rowTitle(0));
  await expect(tooltip).toContainText("Status: ");
  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();
  // An SVG link is hit only where it paints: hover its number.
  await marks.nth(1).getByTestId("mark-number").hover();
  await expect(tooltip).toContainText(await rowTitle(1));
  await marks.nth(0).press("Enter");
  await expect(page).toHaveURL(/#mark-1$/);
});

test("a tap on a timeline mark shows its tooltip before following its link", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto("/timeline");
  const mark = page.locator("svg[data-testid=timeline-svg]:visible a.timeline-mark").first();
  await mark.getByTestId("mark-number").tap();
  await expect(page.getByTestId("timeline-tooltip")).toBeVisible();
  expect(page.url()).not.toContain("#mark-");
  await context.close();
});

test("the site's charts are not white boxes in dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/compare");
  const background = await page
    .locator(".chart-svg")
    .first()
    .evaluate((node) => getComputedStyle(node).backgroundColor);
  expect(background).not.toBe("rgb(255, 255, 255)");
  const label = await page
    .getByTestId("chart-svg")
    .first()
    .locator("text")
    .first()
    .evaluate((node) => getComputedStyle(node).fill);
  expect(label).not.toBe("rgb(30, 41, 59)");
});

test("a transparent embed has no background of its own", async ({ page }) => {
  await page.goto("/embed/compare?theme=transparent");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgba(0, 0, 0, 0)");
});

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const path of ["/compare", "/compare?scale=log", "/timeline", "/programs/stargate"]) {
      test(`${path} passes an axe scan`, async ({ page }) => {
        test.setTimeout(90_000); // a long page with many marks: the scan alone takes 20 s on a busy machine
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  });
}
