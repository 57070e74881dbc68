import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** An axe scan of the page as it stands; each violation is listed with up to three of its nodes. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
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
