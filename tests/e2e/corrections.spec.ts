// An editor corrects a claim (superseding it) and moves a milestone's due date, finds both changes
// in the records' histories, and readers see the superseded claim and the slippage on the public
// program page. A stale save gets the compare view, never a silent overwrite.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { e2eEditor, signInAs } from "./support/accounts";

const program = "Fluidstack AI supercomputer in France";
const claim = "Initial investment for Phase 1";
const milestone = "250 MW of AI compute connected";

/** Picks, in a select of sources, the first option whose label contains `publisher`. */
async function chooseSource(page: Page, label: string, publisher: string): Promise<void> {
  const select = page.getByRole("combobox", { name: label, exact: true });
  const value = await select.locator("option", { hasText: publisher }).first().getAttribute("value");
  await select.selectOption(value!);
}

async function openProgram(page: Page): Promise<void> {
  await page.goto("/admin/programs");
  await page.getByRole("link", { name: program }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(program);
}

/** Corrects the claim from the program's edit page, citing `source`, and lands on the saved correction. */
async function correctClaim(page: Page, amount: string, quote: string, source: string) {
  await openProgram(page);
  await page.getByRole("link", { name: `Correct ${claim}` }).click();
  await page.getByLabel("Amount, as the source gives it").fill(amount);
  await page.getByLabel("Quote from the source").fill(quote);
  await chooseSource(page, "Source", source);
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page).toHaveURL(/\/admin\/funding-claims\/[0-9a-f-]{36}\?saved=corrected$/);
}

test.describe("corrections that keep history", () => {
  test("an editor corrects a claim and moves a milestone, and finds both histories and the public slippage", async ({ page }) => {
    await signInAs(page, e2eEditor);

    await correctClaim(page, "€12 billion", "Phase 1 now costs €12 billion.", "POWER Magazine");
    await expect(page.getByRole("status").first()).toContainText("Correction saved");
    await expect(page.getByRole("region", { name: "History" })).toContainText("superseded");

    await openProgram(page);
    await page.getByRole("link", { name: `Move the due date of ${milestone}` }).click();
    await page.getByLabel("New due date").fill("2027-06-01");
    await page.getByLabel("Due date known to the").selectOption("month");
    await page.getByLabel("Why it moved").fill("The grid connection slipped to mid-2027.");
    await chooseSource(page, "Source of the new date", "POWER Magazine");
    await page.getByRole("button", { name: "Move the due date" }).click();
    await expect(page).toHaveURL(/\/admin\/milestones\/[0-9a-f-]{36}\?saved=moved$/);
    const dueDates = page.getByTestId("revisions");
    await expect(dueDates).toContainText("First due 2026-12-31");
    await expect(dueDates).toContainText("Moved to Jun 2027");
    await expect(page.getByRole("region", { name: "History" })).toContainText("rescheduled");

    // The editors' program page: the old claim stays, marked; the milestone shows its first date.
    await openProgram(page);
    await expect(page.getByTestId("claim-item").filter({ hasText: `${claim}: €10` })).toContainText("superseded by");
    await expect(page.getByTestId("milestone-item").filter({ hasText: milestone })).toContainText("first due 2026-12-31");

    // Readers: the superseded claim is still shown as such, and the slippage is visible.
    await page.goto("/programs/fluidstack-france");
    const oldClaim = page.locator("article[data-superseded]").filter({ hasText: claim });
    await expect(oldClaim.getByTestId("superseded")).toHaveText("Superseded");
    await expect(oldClaim).toContainText("€10");
    const correction = page.locator("article[data-claim]").filter({ hasText: "Phase 1 now costs €12 billion." });
    await expect(correction).toContainText("€12 bn");
    await expect(correction).toContainText("Supersedes");
    const slipped = page.getByRole("row").filter({ hasText: milestone });
    await expect(slipped).toContainText("Jun 2027");
    await expect(slipped).toContainText(/first due end of 2026; moved to Jun 2027; deadline 6 months \(181 days\) later/);
    // The new date cites the source the editor gave for it.
    await expect(slipped).toContainText(/moved: Source: POWER Magazine/);

    // Corrected back to the press release's figure (the readers' specs check the seeded headline):
    // a second correction, so the first one stays on record too.
    await correctClaim(page, "10000000000", "The first phase is a €10bn investment.", "Fluidstack via finanznachrichten.de");
    await page.goto("/programs/fluidstack-france");
    await expect(page.locator("article[data-superseded]").filter({ hasText: claim })).toHaveCount(2);
  });

  test("a stale save is refused with the saved values beside the typed ones", async ({ browser }) => {
    const [first, second] = [await browser.newPage(), await browser.newPage()];
    for (const page of [first, second]) {
      await signInAs(page, e2eEditor);
      await openProgram(page);
      await page.getByRole("link", { name: `Edit ${milestone}` }).click();
    }
    await first.getByLabel("Status detail").fill("Grid works under way.");
    await first.getByRole("button", { name: "Save milestone" }).click();
    await expect(first).toHaveURL(/saved=1$/);

    await second.getByLabel("Status detail").fill("Waiting for the grid operator.");
    await second.getByRole("button", { name: "Save milestone" }).click();
    const conflict = second.getByTestId("conflict");
    await expect(conflict).toContainText("Someone else saved this record");
    await expect(conflict).toContainText("Waiting for the grid operator.");
    await expect(conflict).toContainText("Grid works under way.");
    // What the editor typed is still in the field; nothing was overwritten.
    await expect(second.getByLabel("Status detail")).toHaveValue("Waiting for the grid operator.");
    await second.getByRole("link", { name: "Reload the saved version" }).click();
    await expect(second.getByLabel("Status detail")).toHaveValue("Grid works under way.");
  });

  test("the edit, correct and move pages pass an axe scan, with a refused save's errors showing", async ({ page }) => {
    // Five pages, each scanned: about 20 s alone, near the default 30 s when the machine is busy.
    test.setTimeout(90_000);
    await signInAs(page, e2eEditor);
    await openProgram(page);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole("link", { name: `Correct ${claim}` }).click();
    await page.getByLabel("Amount, as the source gives it").fill("-5");
    await page.getByRole("button", { name: "Save correction" }).click();
    const amount = page.getByLabel("Amount, as the source gives it");
    await expect(amount).toHaveAttribute("aria-invalid", "true");
    await expect(amount).toHaveValue("-5");
    await expect(page.getByTestId("form-status")).toContainText("Nothing was saved");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await openProgram(page);
    await page.getByRole("link", { name: `Move the due date of ${milestone}` }).click();
    // Wait for the page itself (its title comes with it), not only the click.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Move the due date");
    await expect(page).toHaveTitle(/^Move a milestone/);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});
