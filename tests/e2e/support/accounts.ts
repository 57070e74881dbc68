// Accounts the end-to-end server is started with (playwright.config.ts creates them with
// `npm run user:create` on the fresh data directory before the app opens it), already enrolled in
// two-factor sign-in with a known TOTP secret. Test-only passwords and secrets.
import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

export type E2eAccount = { email: string; password: string; name: string; role: "admin" | "editor"; totpSecret?: string };

export const e2eAdmin: E2eAccount = {
  email: "e2e-admin@example.org",
  password: "e2e admin passphrase, test only",
  name: "E2E Admin",
  role: "admin",
  totpSecret: "JBSWY3DPEHPK3PXPE2EADMINTESTONLY",
};
export const e2eEditor: E2eAccount = {
  email: "e2e-editor@example.org",
  password: "e2e editor passphrase, test only",
  name: "E2E Editor",
  role: "editor",
  totpSecret: "JBSWY3DPEHPK3PXPE2EEDITORTESTONL",
};

// The secret of every account this run knows, by email: the two above, and each account that
// enrolled through signInAs (read from the enrolment page).
const secrets = new Map<string, string>([e2eAdmin, e2eEditor].map((a) => [a.email, a.totpSecret!]));
// The last time step used per account: the app refuses a step already used (replay protection).
const usedSteps = new Map<string, number>();
const period = 30;

export function rememberTotpSecret(email: string, secret: string): void {
  secrets.set(email, secret);
}

/** The TOTP secret this run knows for the account (set at creation or read at enrolment). */
export function totpSecretOf(email: string): string | undefined {
  return secrets.get(email);
}

/**
 * A code for this account that the app has not seen yet: the next step within the app's ±1-step
 * window after the last one this run used, waiting for the next 30-second step only when none is
 * left (a third or fourth sign-in of one account within 30 s). The previous step is used only early
 * in the current one, so that the code is still in the window when the server checks it.
 */
export async function nextTotpCode(email: string): Promise<string> {
  const secret = secrets.get(email);
  if (!secret) throw new Error(`No TOTP secret known for ${email}`);
  const last = usedSteps.get(email) ?? -Infinity;
  if (last > Math.floor(Date.now() / 1000 / period)) {
    const wait = last * period * 1000 - Date.now() + 200; // until step `last` begins
    // The wait is the authenticator's clock, not the app's speed: the test gets that much more time.
    test.info().setTimeout(test.info().timeout + wait);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  const ms = Date.now();
  const now = Math.floor(ms / 1000 / period);
  const earliest = ms - now * period * 1000 < 15_000 ? now - 1 : now;
  const step = Math.max(earliest, last + 1);
  usedSteps.set(email, step);
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period }).generate({ timestamp: step * period * 1000 });
}

/**
 * After a refused code: the app may have seen steps this run does not know of (Playwright starts a
 * new worker, with fresh module state, after a failed test), so assume the newest possible one.
 */
export function assumeStepsUsed(email: string): void {
  usedSteps.set(email, Math.floor(Date.now() / 1000 / period) + 1);
}

/** Shell steps that create the accounts (run before the server starts: one process per embedded database). */
export function createAccountsCommand(accounts: E2eAccount[] = [e2eAdmin, e2eEditor]): string {
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  return accounts
    .map(
      (a) =>
        `ATLAS_USER_PASSWORD=${quote(a.password)} ATLAS_USER_TOTP_SECRET=${quote(a.totpSecret ?? "")} ` +
        `npx tsx scripts/user-create.ts --email ${quote(a.email)} --role ${a.role} --name ${quote(a.name)}`,
    )
    .join(" && ");
}

/** Only the first factor: the sign-in page's email and password. */
export async function submitPassword(page: Page, account: Pick<E2eAccount, "email" | "password">): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** On the enrolment page: reads the secret shown, types a code from it; returns the recovery codes shown once. */
export async function enrolOnPage(page: Page, email: string): Promise<string[]> {
  const secret = await page.getByTestId("totp-secret").getAttribute("data-secret");
  if (!secret) throw new Error("No secret on the enrolment page");
  rememberTotpSecret(email, secret);
  await page.getByLabel("Code from your app").fill(await nextTotpCode(email));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const list = page.getByTestId("recovery-codes");
  await expect(list).toBeVisible();
  return list.getByRole("listitem").allTextContents();
}

/**
 * Signs in through the sign-in pages (password, then a code, or enrolment for an account that has
 * none yet) and waits for the editors' area.
 */
export async function signInAs(page: Page, account: Pick<E2eAccount, "email" | "password">): Promise<void> {
  await submitPassword(page, account);
  await expect(page).toHaveURL(/\/sign-in\/(code|enrol)$/);
  if (page.url().endsWith("/enrol")) {
    await enrolOnPage(page, account.email);
    await page.getByRole("link", { name: "I have saved them: continue" }).click();
  } else {
    await page.getByLabel("Code").fill(await nextTotpCode(account.email));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/(admin|sign-in\/code\?error=code)$/);
    if (page.url().endsWith("error=code")) {
      assumeStepsUsed(account.email);
      await page.getByLabel("Code").fill(await nextTotpCode(account.email));
      await page.getByRole("button", { name: "Continue" }).click();
    }
  }
  await expect(page).toHaveURL(/\/admin$/);
}

/** As a signed-in admin: invites a user at /admin/users and returns their one-time set-password link. */
export async function inviteUser(adminPage: Page, invitee: Pick<E2eAccount, "email" | "name" | "role">): Promise<string> {
  await adminPage.goto("/admin/users");
  await adminPage.getByLabel("Email").fill(invitee.email);
  await adminPage.getByLabel("Name").fill(invitee.name);
  await adminPage.getByLabel("Role").selectOption(invitee.role);
  await adminPage.getByRole("button", { name: "Invite" }).click();
  return adminPage.getByTestId("password-link").inputValue();
}

/** As the invitee: opens the link, chooses the password, and lands on the sign-in page. */
export async function setPasswordWithLink(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("The same password again").fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?passwordSet=1$/);
}
