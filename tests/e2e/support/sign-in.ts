// Signing in through the editors' sign-in page (built by the auth work). The form's labels and the
// path are assumptions to align at merge: "Email", "Password", a "Sign in" button, /admin/sign-in.
import { expect, type Page } from "@playwright/test";

export const signInPath = "/admin/sign-in";

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(signInPath);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(new RegExp(`${signInPath}(\\?|$)`));
}

export type Credentials = { email: string; password: string };

/**
 * A new editor's account for the run. The end-to-end server starts on a brand-new embedded database,
 * so the account has to come from the auth work's test set-up (e.g. `npm run user:create` before the
 * server starts, or an admin inviting the editor): it passes the credentials in these variables.
 */
export function newEditorCredentials(): Credentials | null {
  const email = process.env.E2E_EDITOR_EMAIL;
  const password = process.env.E2E_EDITOR_PASSWORD;
  return email && password ? { email, password } : null;
}
