import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import {
  e2eAdmin,
  e2eEditor,
  enrolOnPage,
  inviteUser,
  nextTotpCode,
  setPasswordWithLink,
  signInAs,
  submitPassword,
} from "./support/accounts";

const genericError = /Sign-in failed\. Check your email and password/;

test("/admin without a session redirects to the sign-in page, which passes axe", async ({ page, request }) => {
  const response = await request.get("/admin", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toMatch(/\/sign-in$/);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to the editors’ area");
  await expectNoAxeViolations(page);
});

test("a wrong password and an unknown email get the same generic error", async ({ page }) => {
  await signInAs(page, { email: e2eEditor.email, password: "not the password" }).catch(() => {});
  await expect(page).toHaveURL(/\/sign-in\?error=signin$/);
  const wrong = await page.getByRole("main").getByRole("alert").textContent();
  expect(wrong).toMatch(genericError);
  await expectNoAxeViolations(page);
  await signInAs(page, { email: "nobody@example.org", password: e2eEditor.password }).catch(() => {});
  expect(await page.getByRole("main").getByRole("alert").textContent()).toBe(wrong);
});

test("an admin invites an editor, who sets a password and signs in; disabling signs the editor out at once", async ({ browser, page }) => {
  test.setTimeout(90_000); // two browsers, a dozen pages and three accessibility scans
  await signInAs(page, e2eAdmin);
  await expect(page.getByTestId("signed-in-as")).toContainText(e2eAdmin.name);
  await expect(page.getByTestId("signed-in-as")).toContainText("admin");
  const admin = await page.request.get("/admin");
  expect(admin.headers()["cache-control"]).toContain("no-store");
  expect(admin.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(admin.headers()["x-frame-options"]).toBe("DENY");

  const nav = page.getByRole("navigation", { name: "Editors’ area" });
  for (const name of ["Programs", "New announcement", "Sources", "Organisations", "Deleted", "Activity", "Rates", "Users"]) {
    await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  await expectNoAxeViolations(page);
  const email = `new-editor-${Date.now()}@example.org`;
  const link = await inviteUser(page, { email, name: "New Editor", role: "editor" });
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/set-password\/[A-Za-z0-9_-]{43}$/);
  await expect(page.locator(`[data-user="${email}"]`).getByTestId("user-status")).toHaveText("Invited (no password yet)");

  // The invitee, in a browser of their own.
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await editor.goto(link);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Set your password");
  await expectNoAxeViolations(editor);
  const password = "the new editor's own passphrase";
  await setPasswordWithLink(editor, link, password);
  await signInAs(editor, { email, password });
  await expect(editor.getByTestId("signed-in-as")).toContainText("editor");
  await expect(editor.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(editor.getByRole("link", { name: "Rates" })).toHaveCount(0);
  await expect(editor.getByRole("navigation", { name: "Editors’ area" }).getByRole("link", { name: "New announcement" })).toBeVisible();
  // Below the page's role, the page is not revealed at all.
  expect((await editor.goto("/admin/users"))?.status()).toBe(404);
  // The link worked once.
  await editor.goto(link);
  await expect(editor.getByRole("main").getByRole("alert")).toContainText("expired or was already used");

  await page.reload();
  await page.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(page.locator(`[data-user="${email}"]`).getByTestId("user-status")).toHaveText("Disabled");

  await editor.goto("/admin");
  await expect(editor).toHaveURL(/\/sign-in$/);
  await signInAs(editor, { email, password }).catch(() => {});
  await expect(editor.getByRole("main").getByRole("alert")).toHaveText(genericError);
  await editorContext.close();

  await page.getByRole("link", { name: "Activity" }).click();
  await page.getByLabel("Record type").selectOption("User");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/entityType=User/);
  const activity = page.getByTestId("activity");
  await expect(activity).toContainText("New Editor");
  await expect(activity).toContainText("password set");
  await expect(activity).not.toContainText("argon2");
  await expectNoAxeViolations(page);
});

test("signing out ends the session", async ({ page }) => {
  await signInAs(page, e2eEditor);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("You are signed out.");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test(
  "two factors: the first sign-in enrols, later ones need a code, a recovery code works once, the " + "password alone never reaches /admin",
  async ({ browser, page }) => {
    test.setTimeout(90_000);
    await signInAs(page, e2eAdmin);
    const email = `two-factor-${Date.now()}@example.org`;
    const password = "a passphrase for two factors";
    const link = await inviteUser(page, { email, name: "Two Factor", role: "editor" });

    const context = await browser.newContext();
    const user = await context.newPage();
    await setPasswordWithLink(user, link, password);
    await submitPassword(user, { email, password });
    await expect(user).toHaveURL(/\/sign-in\/enrol$/);
    await expect(user.getByRole("img", { name: `QR code for the account ${email}` })).toBeVisible();
    await expectNoAxeViolations(user);
    // Before the second factor there is no session: the editors' area sends the user back.
    await user.goto("/admin");
    await expect(user).toHaveURL(/\/sign-in$/);
    await submitPassword(user, { email, password });
    await expect(user).toHaveURL(/\/sign-in\/enrol$/);
    await user.getByLabel("Code from your app").fill("12345");
    await user.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    await expect(user.getByRole("main").getByRole("alert")).toContainText("six digits");
    const codes = await enrolOnPage(user, email);
    expect(codes).toHaveLength(10);
    await expectNoAxeViolations(user);
    await user.getByRole("link", { name: "I have saved them: continue" }).click();
    await expect(user).toHaveURL(/\/admin$/);
    await user.getByRole("button", { name: "Sign out" }).click();
    // Wait for the sign-out to land: /sign-in sends a still signed-in user on to /admin.
    await expect(user).toHaveURL(/\/sign-in\?signedOut=1$/);

    // The next sign-in asks for a code; the password alone still cannot reach /admin.
    await submitPassword(user, { email, password });
    await expect(user).toHaveURL(/\/sign-in\/code$/);
    await expectNoAxeViolations(user);
    expect((await user.goto("/admin"))?.url()).toMatch(/\/sign-in$/);
    await submitPassword(user, { email, password });
    await user.getByLabel("Code").fill("000000");
    await user.getByRole("button", { name: "Continue" }).click();
    await expect(user).toHaveURL(/\/sign-in\/code\?error=code$/);
    await expect(user.getByRole("main").getByRole("alert")).toContainText("That code did not work");
    await expectNoAxeViolations(user);
    await user.getByLabel("Code").fill(codes[0]!);
    await user.getByRole("button", { name: "Continue" }).click();
    await expect(user).toHaveURL(/\/admin$/);
    await user.getByRole("button", { name: "Sign out" }).click();
    // Wait for the sign-out to land: /sign-in sends a still signed-in user on to /admin.
    await expect(user).toHaveURL(/\/sign-in\?signedOut=1$/);

    // The same recovery code a second time: refused; the app's code works.
    await submitPassword(user, { email, password });
    await user.getByLabel("Code").fill(codes[0]!);
    await user.getByRole("button", { name: "Continue" }).click();
    await expect(user).toHaveURL(/\/sign-in\/code\?error=code$/);
    await user.getByLabel("Code").fill(await nextTotpCode(email));
    await user.getByRole("button", { name: "Continue" }).click();
    await expect(user).toHaveURL(/\/admin$/);

    // An admin resets the user's two-factor: signed out at once, and the next sign-in enrols again.
    await page.goto("/admin/users");
    const row = page.locator(`[data-user="${email}"]`);
    await expect(row.getByTestId("user-two-factor")).toHaveText("Two-factor on");
    await page.getByRole("button", { name: `Reset two-factor sign-in of ${email}` }).click();
    await expect(row.getByTestId("user-two-factor")).toHaveText("Two-factor at next sign-in");
    await user.goto("/admin");
    await expect(user).toHaveURL(/\/sign-in$/);
    await context.close();

    // Enrolling again, in a browser that runs no JavaScript: every step is a plain form.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await submitPassword(plain, { email, password });
    await expect(plain).toHaveURL(/\/sign-in\/enrol$/);
    expect(await enrolOnPage(plain, email)).toHaveLength(10);
    await plain.getByRole("link", { name: "I have saved them: continue" }).click();
    await expect(plain).toHaveURL(/\/admin$/);
    await noScript.close();
  },
);
