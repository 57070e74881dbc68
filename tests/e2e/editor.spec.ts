// A new editor, invited by an admin, sets a password through the one-time link, signs in and records
// an announcement the day it is made: a range in rupees (crore) and a deadline "90 days after" the
// cabinet's approval. Published, readers find it on the program page and on /compare with its
// source and its USD conversion sentence.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { e2eAdmin, e2eEditor, inviteUser, setPasswordWithLink, signInAs, type E2eAccount } from "./support/accounts";
import { fillSourceAndNewProgram } from "./support/announcement-form";

async function openNewAnnouncement(page: Page, account: Pick<E2eAccount, "email" | "password"> = e2eEditor): Promise<void> {
  await signInAs(page, account);
  await page.getByRole("link", { name: "New announcement" }).first().click();
  await expect(page).toHaveURL(/\/admin\/announcements\/new$/);
  // Typing before React hydrates the form would be lost.
  await page.locator('form[data-ready="true"]').waitFor();
}

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);

test("a new editor publishes an INR crore range and a relative deadline, and readers find them with source and conversion", async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000); // an invitation, two browsers, and a dozen pages
  const suffix = Date.now().toString(36);
  const programName = `IndiaAI Mission ${suffix}`;
  const slug = `indiaai-mission-${suffix}`;

  // The admin invites the new editor, who sets a password through the one-time link and signs in.
  const newEditor = {
    email: `new-editor-${suffix}@example.org`,
    name: `New Editor ${suffix}`,
    role: "editor" as const,
    password: "the new editor's own passphrase",
  };
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, e2eAdmin);
  const link = await inviteUser(admin, newEditor);
  await adminContext.close();
  await setPasswordWithLink(page, link, newEditor.password);
  await openNewAnnouncement(page, newEditor);
  await expect(page.getByTestId("signed-in-as")).toContainText(newEditor.name);

  await field(page, "source.kind").selectOption("official_document");
  await fillSourceAndNewProgram(page, {
    source: {
      url: "https://pib.gov.in/PressReleasePage.aspx?PRID=2012355",
      title: "Cabinet approves IndiaAI Mission",
      publisher: "Press Information Bureau",
      publishedOn: "2024-03-07",
    },
    announced: "IndiaAI Mission approved with a Rs 10,371.92 crore outlay",
    program: {
      name: programName,
      slug,
      country: "India",
      region: "Asia",
      summary: "National programme for AI compute, datasets and skills.",
    },
  });

  await page.getByRole("button", { name: "Add a funding claim" }).click();
  await page.getByLabel("What the money is for").fill("Mission outlay over five years");
  await page.getByLabel("Amount, as the source gives it").fill("₹10,000–10,371.92 crore");
  await field(page, "fundingClaims.0.kind").selectOption("appropriated");
  await page.getByLabel("Headline figure of the program").check();
  const preview = page.getByTestId("funding-preview");
  await expect(preview).toContainText("Read as 100,000,000,000 to 103,719,200,000 INR.");
  await expect(preview).toContainText("2024 average INR/USD rate");

  await page.getByRole("button", { name: "Add a milestone" }).click();
  await page.getByLabel("What is due").fill("Compute portal opens");
  await page.getByRole("radio", { name: "A number of days after an event" }).check();
  await page.getByRole("spinbutton", { name: "Days" }).fill("90");
  await field(page, "milestones.0.anchorOn").fill("2024-03-07");
  await page.getByLabel("The event").fill("cabinet approval");
  await expect(page.getByText("Due 2024-06-05: 90 days after cabinet approval (2024-03-07).")).toBeVisible();

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  await page.goto(`/programs/${slug}`);
  const programPage = page.locator("main");
  await expect(programPage).toContainText(programName);
  await expect(programPage).toContainText("₹10,000–10,371.92\u00a0crore");
  await expect(programPage).toContainText("2024 average INR/USD rate");
  await expect(programPage).toContainText("Press Information Bureau");
  await expect(programPage).toContainText("Compute portal opens");
  await expect(programPage).toContainText("2024-06-05");

  await page.goto("/compare");
  const compare = page.locator("main");
  await expect(compare).toContainText(programName);
  await expect(compare).toContainText("2024 average INR/USD rate");
  await expect(compare).toContainText("Press Information Bureau");

  // Deleted softly, the program leaves the public pages at once (and the readers' specs find the
  // five seeded programs again).
  await page.goto("/admin/programs");
  await page.getByRole("link", { name: programName }).click();
  await page.getByRole("button", { name: `Delete: ${programName}` }).click();
  await expect(page.getByText("This record is deleted")).toBeVisible();
  expect((await page.request.get(`/programs/${slug}`)).status()).toBe(404);
  await page.goto("/compare");
  await expect(page.locator("main")).not.toContainText(programName);
});

test("a refused save keeps what the editor typed and puts each error by its field", async ({ page }) => {
  await openNewAnnouncement(page);
  await page.getByLabel("Publisher").fill("Press Information Bureau");
  await page.getByRole("button", { name: "Add a funding claim" }).click();
  await page.getByLabel("Amount, as the source gives it").fill("10 gazillion");
  await page.getByRole("button", { name: "Save as draft" }).click();

  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Nothing was saved");
  await expect(summary).toBeFocused();
  const amount = page.getByLabel("Amount, as the source gives it");
  await expect(amount).toHaveValue("10 gazillion");
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await amount.getAttribute("id")}-error`)).toContainText("gazillion");
  await expect(page.getByLabel("Publisher")).toHaveValue("Press Information Bureau");
});

test("the editors' pages pass an axe scan", async ({ page }) => {
  await openNewAnnouncement(page);
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Nothing was saved");
  for (const url of [null, "/admin"]) {
    if (url) await page.goto(url);
    await expectNoAxeViolations(page);
  }
});

test("every editors' record page answers 404, not an error, to an address that names no record", async ({ page }) => {
  await signInAs(page, e2eEditor);
  const pages = [
    "programs/[id]",
    "programs/[id]/status-changes/new",
    "funding-claims/[id]",
    "funding-claims/[id]/correct",
    "capacity-claims/[id]",
    "capacity-claims/[id]/correct",
    "milestones/[id]",
    "milestones/[id]/move",
    "status-changes/[id]",
    "sources/[id]",
    "partners/[id]",
    "announcements/[id]",
    "organizations/[id]",
  ];
  for (const id of ["not-a-record", "00000000-0000-4000-8000-000000000000"]) {
    const statuses = await Promise.all(pages.map(async (path) => (await page.request.get(`/admin/${path.replace("[id]", id)}`)).status()));
    expect(Object.fromEntries(pages.map((path, i) => [path, statuses[i]]))).toEqual(Object.fromEntries(pages.map((path) => [path, 404])));
  }
});
