// After the server refuses a save, every field of the edit, correct, move, rate and status-change forms (selects
// included) still shows what the editor chose, and the next save stores exactly that: a select that
// snapped back to its first option would make the save cite another program's source.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { e2eAdmin, e2eEditor, signInAs } from "./support/accounts";

const program = "The ATOM Project";

/** Chooses, in a select, an option other than its first and other than its current one; returns its value. */
async function chooseAnother(select: Locator): Promise<string> {
  const values = await select.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const current = await select.inputValue();
  const value = values
    .slice(1)
    .reverse()
    .find((v) => v !== "" && v !== current);
  if (!value) throw new Error(`No other option to choose in ${await select.getAttribute("name")}`);
  await select.selectOption(value);
  return value;
}

type Chosen = Record<string, string>;

// A field by its name (the form gives each control the id field-<name>).
const field = (page: Page, name: string) => page.locator(`#field-${name}`);

/** Sets each named field (a select gets another option, an input the given text); returns the values by name. */
async function fill(page: Page, fields: Record<string, string | null>): Promise<Chosen> {
  await expect(page.locator("form[data-ready=true]")).toHaveCount(1);
  const chosen: Chosen = {};
  for (const [label, text] of Object.entries(fields)) {
    const control = field(page, label);
    if (text === null) chosen[label] = await chooseAnother(control);
    else {
      await control.fill(text);
      chosen[label] = text;
    }
  }
  return chosen;
}

/** Every field still shows the editor's choice (the names given, or all of them). */
async function expectKept(page: Page, chosen: Chosen, names: string[] = Object.keys(chosen)): Promise<void> {
  for (const name of names) await expect(field(page, name), name).toHaveValue(chosen[name]!);
}

/** The text of the chosen option of a select, up to its first colon (a source's publisher). */
async function publisherOf(page: Page, name: string, value: string): Promise<string> {
  const text = await field(page, name).locator(`option[value="${value}"]`).textContent();
  return text!.split(":")[0]!;
}

/** Follows a link (by going to its address) and waits for the page's own heading. */
async function follow(page: Page, link: string, heading: string): Promise<void> {
  const href = await page.getByRole("link", { name: link, exact: true }).getAttribute("href");
  await page.goto(href!);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
}

/** Signs in as an editor and follows a link of the program's editor page to a form; returns the program page's address. */
async function openForm(page: Page, link: string, heading: string): Promise<string> {
  await signInAs(page, e2eEditor);
  await page.goto("/admin/programs");
  await follow(page, program, program);
  const programUrl = page.url();
  await follow(page, link, heading);
  return programUrl;
}

/** Submits, and checks the save was refused with the field's error. */
async function submitRefused(page: Page, button: string, field: string): Promise<void> {
  await page.getByRole("button", { name: button }).click();
  // The first save of a fresh server on a busy machine can take a while.
  await expect(page.getByTestId("form-status")).toContainText("Nothing was saved", { timeout: 15_000 });
  await expect(page.getByTestId("form-status")).toContainText(field);
}

/** Submits and sees the save refused for `reason` with every choice still shown; then types the fix and saves again. */
async function refusedThenSaved(
  page: Page,
  button: string,
  reason: string,
  chosen: Chosen,
  [name, value]: [string, string],
): Promise<void> {
  await submitRefused(page, button, reason);
  await expectKept(page, chosen);
  await field(page, name).fill(value);
  await page.getByRole("button", { name: button }).click();
}

// The selects a claim's edit and correct forms share: the source and announcement it cites, its kind and confidence.
const claimSelects = { sourceId: null, announcementId: null, kind: null, confidence: null };

test.describe("a refused save keeps every choice", () => {
  test("edit form: selects and inputs survive a refusal, and the next save stores them", async ({ page }) => {
    await openForm(page, "Edit Article claim: amplification over five years", "Funding claim");
    const chosen = await fill(page, {
      ...claimSelects,
      asOfPrecision: null,
      scope: "Five-year amplification",
      amount: "1.5 billion dollars",
    });
    await refusedThenSaved(page, "Save claim", "Amount", chosen, ["amount", "1500000000"]);
    await expect(page).toHaveURL(/\?saved=/);
    await page.reload();
    await expectKept(page, { ...chosen, amount: "1500000000" });
  });

  test("correct form: selects and inputs survive a refusal, and the correction cites the chosen source", async ({ page }) => {
    await openForm(page, "Correct Estimated cost of access to ~10,000 state-of-the-art GPUs proposed by the ATOM memo", "Correct:");
    const chosen = await fill(page, {
      ...claimSelects,
      quote: "At least $120 million.",
      amountText: "at least $120.000 million",
    });
    // "120.000" is 120 thousand in German, 120 in English: the form asks, and saves nothing.
    await refusedThenSaved(page, "Save correction", "can be read two ways", chosen, ["amountText", "at least $120 million"]);
    // The new claim's page: it cites what the screen showed.
    await expect(page).toHaveURL(/\/admin\/funding-claims\/[0-9a-f-]{36}\?saved=corrected$/);
    await expectKept(page, chosen, [...Object.keys(claimSelects), "quote"]);
    await expectKept(page, { shape: "at_least", amount: "120000000" });
  });

  test("move form: selects and inputs survive a refusal, and the new date cites the chosen source", async ({ page }) => {
    await openForm(page, "Move the due date of ATOM memo published and signature campaign opened", "Move the due date");
    const chosen = await fill(page, {
      dueOn: "2026-09-30",
      duePrecision: null,
      dueText: "Q3 2026",
      sourceId: null,
      announcementId: null,
    });
    const publisher = await publisherOf(page, "sourceId", chosen.sourceId!);
    // The reason is required: left empty, the save is refused.
    await refusedThenSaved(page, "Move the due date", "Why it moved", chosen, ["reason", "The memo's follow-up slipped."]);
    await expect(page).toHaveURL(/\/admin\/milestones\/[0-9a-f-]{36}\?saved=moved$/);
    await expect(page.getByTestId("revisions").locator("li").last()).toContainText(`Source: ${publisher}`);
  });

  test("rate form: selects and inputs survive a refusal, and the rate cites the chosen source", async ({ page }) => {
    await signInAs(page, e2eAdmin);
    await page.goto("/admin/rates");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Reference exchange rates");
    const chosen = await fill(page, {
      currency: "SEK",
      year: "2019",
      // Units per US dollar, as the Riksbank publishes it (the second choice).
      direction: null,
      rate: "about a tenth",
      rateKind: null,
      series: "Riksbank annual",
      sourceId: null,
    });
    expect(chosen.direction).toBe("units_per_usd");
    const publisher = await publisherOf(page, "sourceId", chosen.sourceId!);
    await submitRefused(page, "Add the rate", "Rate");
    await expectKept(page, chosen);

    await field(page, "rate").fill("9.3545");
    // The preview reads the rate both ways round before anything is saved.
    await expect(page.locator("#exchangeRate-preview")).toContainText("1 SEK = 0.1069 USD · 1 USD = 9.3545 SEK");
    await page.getByRole("button", { name: "Add the rate" }).click();
    await expect(page).toHaveURL(/\?saved=/);
    const row = page
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "SEK" }) })
      .filter({ hasText: "2019" });
    await expect(row).toContainText(publisher);
    // Converted with US dollars per krona; the kronor per dollar shown as the Riksbank published them.
    await expect(row).toContainText("0.1069004223");
    await expect(row).toContainText("9.3545");
  });

  test("status-change form: selects and inputs survive a refusal, and the change is listed, then deleted", async ({ page }) => {
    const programUrl = await openForm(page, "Add a status change", "Add a status change");
    // Dated before ATOM's own status changes, so the program's current status is left as it is.
    const chosen = await fill(page, {
      status: null,
      effectivePrecision: null,
      detail: "The memo's authors opened a signature campaign.",
      sourceId: null,
      announcementId: null,
    });
    await field(page, "fromStatus").selectOption("announced");
    // The date is required: left empty, the save is refused.
    await refusedThenSaved(page, "Add the status change", "Since", { ...chosen, fromStatus: "announced" }, ["effectiveOn", "2025-08-01"]);
    await expect(page).toHaveURL(/\/admin\/programs\/[0-9a-f-]{36}\?saved=1$/);
    const item = page.getByTestId("status-change-item").filter({ hasText: `announced → ${chosen.status!.replace(/_/g, " ")}` });
    await expect(item).toHaveCount(1);
    await item.getByRole("link", { name: /^Edit the status change/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Status change");
    await expectKept(page, { ...chosen, fromStatus: "announced" }, ["status", "detail", "sourceId", "announcementId"]);

    // Other specs share this database: take the change out again.
    await page.goto(programUrl);
    await item.getByRole("button", { name: /^Delete:/ }).click();
    await expect(item).toContainText("(deleted)");
  });
});
