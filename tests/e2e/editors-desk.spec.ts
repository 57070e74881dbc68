// The editors' desk without detours (issue 15, item 3): the guided form opens on the source and the
// announcement only, each kind opening when added; one announcement with a total and its
// per-recipient caps is one form ("part of"), its recipients in their own role; and a correction or
// a move cites a source typed on the spot, counted in steps (clicks and field fills).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { e2eEditor, signInAs } from "./support/accounts";
import { fillSourceAndNewProgram } from "./support/announcement-form";

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);

/** Every control of the guided form an editor can reach (inputs, selects, text areas, buttons). */
const controls = (page: Page) => page.locator("form").locator("input:not([type=hidden]), select, textarea, button");

/** Clicks and field fills, counted: the steps an editor takes. */
function stepCounter() {
  let count = 0;
  return {
    click: async (target: Locator) => {
      count += 1;
      await target.click();
    },
    fill: async (target: Locator, text: string) => {
      count += 1;
      await target.fill(text);
    },
    choose: async (target: Locator, value: string) => {
      count += 1;
      await target.selectOption(value);
    },
    get count() {
      return count;
    },
  };
}

type Steps = ReturnType<typeof stepCounter>;

/** Chooses "A new source" in `select` and types it (five steps). */
async function typeNewSource(page: Page, steps: Steps, select: Locator, source: { title: string; url: string; date: string }) {
  await steps.choose(select, "new");
  await steps.fill(page.getByLabel("Title of the new source"), source.title);
  await steps.fill(page.getByLabel("Publisher of the new source"), "Research Daily");
  await steps.fill(page.getByLabel("Web address of the new source"), source.url);
  await steps.fill(page.getByLabel("Date of the new source"), source.date);
}

/** From the editors' desk: the program, then a link of one of its records (two steps). */
async function fromDesk(page: Page, steps: Steps, programName: string, link: string): Promise<void> {
  await page.goto("/admin");
  await steps.click(page.getByRole("link", { name: programName }));
  await steps.click(page.getByRole("link", { name: link }));
  await page.locator("form[data-ready=true]").waitFor();
}

/** Saves (one step), waits for the saved page, and reports the steps taken: at most ten. */
async function saveCounted(page: Page, steps: Steps, button: string, saved: RegExp, what: string): Promise<void> {
  await steps.click(page.getByRole("button", { name: button }));
  await expect(page).toHaveURL(saved);
  console.log(`steps for ${what}: ${steps.count}`);
  expect(steps.count).toBeLessThanOrEqual(10);
}

async function openNewAnnouncement(page: Page): Promise<void> {
  await signInAs(page, e2eEditor);
  await page.goto("/admin/announcements/new");
  await page.locator('form[data-ready="true"]').waitFor();
}

test("the guided form opens on the source and the announcement; each kind opens when added, by keyboard too", async ({ page }) => {
  await openNewAnnouncement(page);
  const firstScreen = await controls(page).count();
  console.log(`controls on the first screen: ${firstScreen}`);
  // Source (10), announcement (3), program (3), four "Add" buttons and the two save buttons.
  expect(firstScreen).toBeLessThanOrEqual(24);
  await expect(page.locator("fieldset legend", { hasText: /^(Funding claim|Capacity claim|Milestone|Partner) \d/ })).toHaveCount(0);

  // Keyboard: from the program, Tab reaches "Add a funding claim"; Enter opens it and lands in it.
  await page.getByLabel("Which program").focus();
  await page.keyboard.press("Tab");
  const addFunding = page.getByRole("button", { name: "Add a funding claim" });
  await expect(addFunding).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("What the money is for")).toBeFocused();
  await page.keyboard.type("Total of the call");
  for (const noun of ["capacity claim", "milestone", "partner"]) {
    await expect(page.getByRole("button", { name: `Add a ${noun}` })).toBeVisible();
  }

  // A refused save (no source yet) keeps every opened item and its values.
  await field(page, "fundingClaims.0.amountText").fill("up to $1 bn");
  await page.getByRole("button", { name: "Add a milestone" }).click();
  await page.getByLabel("What is due").fill("First call closes");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Nothing was saved");
  await expect(field(page, "fundingClaims.0.label")).toHaveValue("Total of the call");
  await expect(field(page, "fundingClaims.0.amountText")).toHaveValue("up to $1 bn");
  await expect(field(page, "milestones.0.title")).toHaveValue("First call closes");
});

test("one announcement with a total and its per-recipient caps, then a correction and a move citing new sources", async ({ page }) => {
  test.setTimeout(120_000); // a whole announcement, two edits with new sources, the public page, a deletion
  const suffix = Date.now().toString(36);
  const programName = `Compute grants ${suffix}`;
  const slug = `compute-grants-${suffix}`;
  await openNewAnnouncement(page);

  await fillSourceAndNewProgram(page, {
    source: {
      url: "https://example.org/compute-grants",
      title: "Compute grants awarded",
      publisher: "Ministry of Research",
      publishedOn: "2026-02-02",
    },
    announced: "Five universities share the compute grant",
    program: { name: programName, slug, country: "Testland", region: "Europe", summary: "Compute grants for universities." },
  });

  await page.getByRole("button", { name: "Add a funding claim" }).click();
  await field(page, "fundingClaims.0.label").fill("Total grant");
  await field(page, "fundingClaims.0.amountText").fill("$500 million");
  await field(page, "fundingClaims.0.isHeadline").check();
  for (const [index, university] of ["North", "South"].entries()) {
    await page.getByRole("button", { name: "Add another funding claim" }).click();
    const item = `fundingClaims.${index + 1}`;
    await field(page, `${item}.label`).fill(`Cap for ${university} University`);
    await field(page, `${item}.amountText`).fill("up to $100 million");
    await field(page, `${item}.parentId`).selectOption({ label: "Funding claim 1: Total grant" });
  }
  await page.getByRole("button", { name: "Add a milestone" }).click();
  await page.getByLabel("What is due").fill("Grants paid out");
  await field(page, "milestones.0.dueOn").fill("2026-12-01");
  await page.getByRole("button", { name: "Add a partner" }).click();
  await page.getByRole("radio", { name: "New", exact: true }).check();
  await field(page, "partners.0.organization.name").fill(`North University ${suffix}`);
  await field(page, "partners.0.organization.kind").selectOption("university");
  await field(page, "partners.0.role").selectOption("recipient");

  // Removing a part renumbers the rest, and "part of" still names the total.
  await page.getByRole("button", { name: "Add another funding claim" }).click();
  await field(page, "fundingClaims.3.parentId").selectOption({ label: "Funding claim 1: Total grant" });
  await page.getByRole("button", { name: "Remove funding claim 2" }).click();
  await expect(field(page, "fundingClaims.1.label")).toHaveValue("Cap for South University");
  await expect(field(page, "fundingClaims.2.parentId")).toHaveValue("item:0");
  await page.getByRole("button", { name: "Remove funding claim 3" }).click();

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  await page.goto(`/programs/${slug}`);
  const parts = page.getByRole("region", { name: "Parts of Total grant" });
  await expect(parts).toContainText("Cap for South University");
  await expect(page.locator(`[data-partner]`).filter({ hasText: `North University ${suffix}` })).toContainText("recipient of its funding");

  // A correction with a new source, counted from the editors' desk.
  const steps = stepCounter();
  await fromDesk(page, steps, programName, "Correct Total grant");
  await steps.fill(page.getByLabel("Amount, as the source gives it"), "$550 million");
  const source = page.getByRole("combobox", { name: "Source", exact: true });
  await typeNewSource(page, steps, source, { title: "Grant topped up", url: "https://example.org/topped-up", date: "2026-03-03" });
  await saveCounted(
    page,
    steps,
    "Save correction",
    /\/admin\/funding-claims\/[0-9a-f-]{36}\?saved=corrected$/,
    "a correction with a new source",
  );
  const cited = page.locator("#field-sourceId option:checked");
  await expect(cited).toContainText("Research Daily: Grant topped up (2026-03-03)");

  // A move with a new source, counted the same way.
  const moveSteps = stepCounter();
  await fromDesk(page, moveSteps, programName, "Move the due date of Grants paid out");
  await moveSteps.fill(page.getByLabel("New due date"), "2027-03-01");
  await moveSteps.fill(page.getByLabel("Why it moved"), "Payments wait for the 2027 budget.");
  const moveSource = page.getByRole("combobox", { name: "Source of the new date" });
  await typeNewSource(page, moveSteps, moveSource, {
    title: "Grant payments delayed",
    url: "https://example.org/delayed",
    date: "2026-04-04",
  });
  await saveCounted(page, moveSteps, "Move the due date", /\/admin\/milestones\/[0-9a-f-]{36}\?saved=moved$/, "a move with a new source");
  await expect(page.getByTestId("revisions").locator("li").last()).toContainText("Source: Research Daily");

  // Refused (no announcement title): the typed source and the chosen "new" selects survive.
  await page.goto(`${new URL(page.url()).pathname}/move`);
  await page.locator("form[data-ready=true]").waitFor();
  await page.getByLabel("New due date").fill("2027-06-01");
  await page.getByLabel("Why it moved").fill("Budget vote postponed.");
  await typeNewSource(page, stepCounter(), moveSource, {
    title: "Budget vote postponed",
    url: "https://example.org/postponed",
    date: "2026-05-05",
  });
  await page.getByRole("combobox", { name: "Announcement", exact: true }).selectOption("new");
  await page.getByRole("button", { name: "Move the due date" }).click();
  await expect(page.getByTestId("form-status")).toContainText("What was announced");
  await expect(moveSource).toHaveValue("new");
  await expect(page.getByRole("combobox", { name: "Announcement", exact: true })).toHaveValue("new");
  await expect(page.getByLabel("Title of the new source")).toHaveValue("Budget vote postponed");
  await page.getByLabel("What was announced").fill("Budget vote moved to June");
  await page.getByRole("button", { name: "Move the due date" }).click();
  await expect(page).toHaveURL(/\?saved=moved$/);
  await expect(page.getByTestId("revisions").locator("li").last()).toContainText("Source: Research Daily");

  // Deleted softly, the program leaves the public pages (the readers' specs find the seeded five).
  await page.goto("/admin/programs");
  await page.getByRole("link", { name: programName }).click();
  await page.getByRole("button", { name: `Delete: ${programName}` }).click();
  await expect(page.getByText("This record is deleted")).toBeVisible();
});
