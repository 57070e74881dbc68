import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** An axe scan of the page as it stands (but for what `exclude` selects); each violation is listed with up to three of its nodes. */
export async function expectNoAxeViolations(page: Page, options: { exclude?: string } = {}): Promise<void> {
  const builder = new AxeBuilder({ page });
  const results = await (options.exclude ? builder.exclude(options.exclude) : builder).analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    ),
  ).toEqual([]);
}

/** One test per path: the page passes an axe accessibility scan. */
export function testAxeScans(paths: string[]): void {
  for (const path of paths) {
    test(`${path} passes an axe accessibility scan`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
}
