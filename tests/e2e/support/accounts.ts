// Accounts the end-to-end server is started with (playwright.config.ts creates them with
// `npm run user:create` on the fresh data directory before the app opens it). Test-only passwords.
import { expect, type Page } from "@playwright/test";

export type E2eAccount = { email: string; password: string; name: string; role: "admin" | "editor" };

export const e2eAdmin: E2eAccount = { email: "e2e-admin@example.org", password: "e2e admin passphrase, test only", name: "E2E Admin", role: "admin" };
export const e2eEditor: E2eAccount = { email: "e2e-editor@example.org", password: "e2e editor passphrase, test only", name: "E2E Editor", role: "editor" };

/** Shell steps that create the accounts (run before the server starts: one process per embedded database). */
export function createAccountsCommand(accounts: E2eAccount[] = [e2eAdmin, e2eEditor]): string {
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  return accounts
    .map((a) => `ATLAS_USER_PASSWORD=${quote(a.password)} npx tsx scripts/user-create.ts --email ${quote(a.email)} --role ${a.role} --name ${quote(a.name)}`)
    .join(" && ");
}

/** Signs in through the sign-in page and waits for the editors' area. */
export async function signInAs(page: Page, account: Pick<E2eAccount, "email" | "password">): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
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
