// Shared by the security specs: header reading that sees duplicates, and what "admin content" looks like.
import { expect, type APIResponse, type Page, type Request } from "@playwright/test";

/** Every value of a header, duplicates included (headers() would join or drop them). */
export function headerValues(response: APIResponse, name: string): string[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === name.toLowerCase())
    .map((h) => h.value);
}

/** The one Content-Security-Policy of a response; fails the caller's expectation when there are 0 or 2+. */
export function onlyPolicy(response: APIResponse): string | null {
  const values = headerValues(response, "content-security-policy");
  return values.length === 1 ? values[0]! : null;
}

/** Directive name → its sources, from one policy. */
export function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!.toLowerCase(), d.split(/\s+/).slice(1).join(" ")]),
  );
}

// Only the signed-in editors' layout renders these (components/admin/admin-header.tsx).
export const adminContentMarkers = ["signed-in-as", 'Editors’ area"', "Editors\\u2019 area"];

export function hasAdminContent(body: string): boolean {
  return adminContentMarkers.some((marker) => body.includes(marker));
}

/** Collects CSP violations (the DOM event, and Chromium's console report) on a page and its frames. */
export async function watchPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
        `${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sample})`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`console on ${page.url()}: ${message.text()}`);
  });
  return violations;
}

/** Fills the invite form and captures the action request it would send, without sending it. */
export async function captureInvite(page: Page, email: string): Promise<Request> {
  await page.goto("/admin/users");
  let captured: Request | undefined;
  await page.route("**/admin/users", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = route.request();
    return route.abort();
  });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("Cross Site");
  await page.getByRole("button", { name: "Invite" }).click();
  await expect.poll(() => captured).toBeTruthy();
  await page.unroute("**/admin/users");
  return captured!;
}

export async function isListed(page: Page, email: string): Promise<boolean> {
  await page.goto("/admin/users");
  return (await page.locator(`[data-user="${email}"]`).count()) > 0;
}

/** The captured action's headers without those a replay sets itself (origin, fetch metadata, cookies). */
export function replayableHeaders(action: Request): Record<string, string> {
  const headers = { ...action.headers() };
  for (const name of ["origin", "referer", "sec-fetch-site", "sec-fetch-mode", "sec-fetch-dest", "cookie"]) delete headers[name];
  return headers;
}
