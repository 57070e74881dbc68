// Sharing from the public pages: oEmbed discovery, the "Share this chart" toolbar (downloads and
// the Embed disclosure, with and without JavaScript) and the program page's two charts.
// The embeds, images and milestone data are other parts of the work: their links are checked
// against the contract's addresses here, not fetched.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const today = new Date().toISOString().slice(0, 10);
const chartPages = ["/", "/compare?metric=power", "/timeline?program=stargate", "/programs/stargate"];

async function openEmbed(toolbar: Locator) {
  await toolbar.getByText("Embed this chart").click();
  await expect(toolbar.locator("details")).toHaveAttribute("open", "");
}

// The preview frames an embed, which its own tests scan; here the page around it is scanned.
const expectAccessible = (page: Page) => expectNoAxeViolations(page, { exclude: 'iframe[title^="Preview"]' });

test.describe("oEmbed discovery", () => {
  for (const path of chartPages) {
    test(`${path} names its oEmbed endpoint in the head, and it answers`, async ({ page, request, baseURL }) => {
      await page.goto(path);
      const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
      await expect(link).toHaveCount(1);
      const href = (await link.getAttribute("href"))!;
      expect(new URL(href).searchParams.get("url")).toBe(new URL(path, baseURL).toString());
      const response = await request.get(href);
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { version: string; type: string; html: string; width: number; height: number };
      expect(body).toMatchObject({ version: "1.0", type: "rich" });
      expect(body.html).toContain(`<iframe src="${baseURL}/embed/`);
    });
  }
});

test.describe("the Embed disclosure without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("opens and shows the live and pinned iframe and script snippets, and a lazy preview", async ({ page, baseURL }) => {
    await page.goto("/compare?metric=power");
    const toolbar = page.getByTestId("share-toolbar");
    await openEmbed(toolbar);
    const live = `${baseURL}/embed/compare?metric=power`;
    const pinned = `${live}&amp;asOf=${today}`;
    await expect(toolbar.getByTestId("snippet-iframe-live")).toHaveValue(
      new RegExp(`^<iframe src="${escape(live)}" title="Power announced, by program" loading="lazy"`),
    );
    await expect(toolbar.getByTestId("snippet-script-live")).toHaveValue(new RegExp(`data-compute-atlas-embed="${escape(live)}"`));
    await expect(toolbar.getByTestId("snippet-iframe-pinned")).toHaveValue(new RegExp(`<iframe src="${escape(pinned)}"`));
    await expect(toolbar.getByTestId("snippet-script-pinned")).toHaveValue(new RegExp(`data-compute-atlas-embed="${escape(pinned)}"`));
    await expect(toolbar.getByLabel("Iframe snippet")).toHaveCount(2);
    const preview = toolbar.locator('iframe[title^="Preview"]');
    await expect(preview).toHaveAttribute("src", "/embed/compare?metric=power");
    await expect(preview).toHaveAttribute("loading", "lazy");
    await expect(toolbar.getByRole("radio")).toHaveCount(0);
  });
});

test.describe("the Embed chooser with JavaScript", () => {
  test("choosing dark and pinned rewrites the snippets and the preview; Copy says what it did", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/timeline?program=stargate");
    const toolbar = page.getByTestId("share-toolbar");
    await openEmbed(toolbar);
    const iframe = toolbar.getByTestId("snippet-iframe-chosen");
    await expect(iframe).toHaveValue(new RegExp(`<iframe src="${escape(`${baseURL}/embed/timeline?program=stargate`)}"`));
    await toolbar.getByRole("radio", { name: "Dark" }).check();
    await toolbar.getByRole("radio", { name: `Pinned to ${today}` }).check();
    const chosen = `${baseURL}/embed/timeline?program=stargate&amp;asOf=${today}&amp;theme=dark`;
    await expect(iframe).toHaveValue(new RegExp(`<iframe src="${escape(chosen)}"`));
    await expect(toolbar.getByTestId("snippet-script-chosen")).toHaveValue(new RegExp(`data-compute-atlas-embed="${escape(chosen)}"`));
    await expect(toolbar.locator('iframe[title^="Preview"]')).toHaveAttribute(
      "src",
      `/embed/timeline?program=stargate&asOf=${today}&theme=dark`,
    );
    await toolbar.getByRole("button", { name: "Copy the iframe snippet" }).click();
    await expect(toolbar.getByRole("status")).toHaveText(/Copied the iframe snippet\.|Could not copy/);
    await expectAccessible(page);
  });

  test("is usable from the keyboard", async ({ page }) => {
    await page.goto("/programs/stargate");
    const toolbar = page.locator('[data-share="funding"]');
    await toolbar.getByText("Embed this chart").focus();
    await page.keyboard.press("Enter");
    await expect(toolbar.locator("details")).toHaveAttribute("open", "");
    const auto = toolbar.getByRole("radio", { name: "Automatic" });
    await auto.focus();
    await page.keyboard.press("ArrowRight");
    await expect(toolbar.getByRole("radio", { name: "Light" })).toBeChecked();
    await expect(toolbar.getByTestId("snippet-iframe-chosen")).toHaveValue(/\/embed\/program\/stargate\?theme=light"/);
  });
});

test.describe("downloads", () => {
  const expected: Record<string, Record<string, string>[]> = {
    "/": [
      {
        PNG: "/api/v1/charts/compare?format=png",
        SVG: "/api/v1/charts/compare?format=svg",
        CSV: "/api/v1/compare?format=csv",
        JSON: "/api/v1/compare?format=json",
      },
    ],
    "/compare?metric=power": [
      {
        PNG: "/api/v1/charts/compare?metric=power&format=png",
        SVG: "/api/v1/charts/compare?metric=power&format=svg",
        CSV: "/api/v1/compare?metric=power&format=csv",
        JSON: "/api/v1/compare?metric=power&format=json",
      },
    ],
    "/timeline?program=stargate": [
      {
        PNG: "/api/v1/charts/timeline?program=stargate&format=png",
        SVG: "/api/v1/charts/timeline?program=stargate&format=svg",
        CSV: "/api/v1/milestones?program=stargate&format=csv",
        JSON: "/api/v1/milestones?program=stargate&format=json",
      },
    ],
    "/programs/stargate?asOf=2026-01-15": [
      {
        PNG: "/api/v1/charts/program/stargate?asOf=2026-01-15&format=png",
        SVG: "/api/v1/charts/program/stargate?asOf=2026-01-15&format=svg",
        CSV: "/api/v1/compare?program=stargate&claims=all&unverified=1&asOf=2026-01-15&format=csv",
        JSON: "/api/v1/compare?program=stargate&claims=all&unverified=1&asOf=2026-01-15&format=json",
      },
      {
        PNG: "/api/v1/charts/program/stargate?chart=timeline&asOf=2026-01-15&format=png",
        SVG: "/api/v1/charts/program/stargate?chart=timeline&asOf=2026-01-15&format=svg",
        CSV: "/api/v1/milestones?program=stargate&asOf=2026-01-15&format=csv",
        JSON: "/api/v1/milestones?program=stargate&asOf=2026-01-15&format=json",
      },
    ],
  };
  for (const [path, toolbars] of Object.entries(expected)) {
    test(`${path} links every chart to its image and data addresses`, async ({ page, request }) => {
      await page.goto(path);
      const found = page.getByTestId("share-toolbar");
      await expect(found).toHaveCount(toolbars.length);
      for (const [index, links] of toolbars.entries()) {
        for (const [label, href] of Object.entries(links)) {
          await expect(found.nth(index).getByRole("link", { name: label, exact: true })).toHaveAttribute("href", href);
        }
      }
      // The compare data route exists already: its downloads answer.
      const csv = toolbars[0]!.CSV!;
      if (csv.startsWith("/api/v1/compare")) expect((await request.get(csv)).status()).toBe(200);
    });
  }
});

test("a program page draws its money announced and its milestones, keyed to their sources", async ({ page }) => {
  await page.goto("/programs/stargate");
  const funding = page.locator("section#funding");
  await expect(funding.getByRole("heading", { name: "Money announced", level: 2 })).toBeVisible();
  await expect(funding.getByTestId("chart-svg").locator("svg")).toBeVisible();
  // Its footnotes are the claims' cards, each numbered as its bar.
  await expect(funding).toContainText("Each bar’s number");
  await expect(page.getByTestId("funding-claims").getByTestId("claim-number").first()).toHaveText(/^\[\d+\]/);
  const milestones = page.locator("section#milestones");
  // The wide timeline; its phone layout is a second SVG that CSS shows instead at phone width.
  const timeline = milestones.getByTestId("timeline-svg").first();
  await expect(timeline).toBeVisible();
  await expect(timeline.locator("g[data-lane]")).toHaveCount(1);
  await expect(milestones.getByRole("table")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Funding claims", level: 2 })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of chartPages) {
      test(`${path} with its Embed disclosures open passes axe and fits 375 px`, async ({ page }) => {
        await page.setViewportSize({ width: 375, height: 800 });
        await page.goto(path);
        for (const toolbar of await page.getByTestId("share-toolbar").all()) await openEmbed(toolbar);
        await expect(page.getByRole("radio", { name: "Dark" }).first()).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await expectAccessible(page);
      });
    }
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
