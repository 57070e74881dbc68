// The security headers on every kind of response (lib/security/headers.ts, next.config.ts,
// proxy.ts): pages, 404, a 500, the API, embeds, chart images, static files and the editors' area;
// exactly one Content-Security-Policy each; only the three embed routes framable; the editors'
// policy carries a fresh nonce and Next's scripts carry it; no policy violation in Chromium.
import { expect, test, type APIResponse } from "@playwright/test";
import { e2eAdmin, signInAs } from "./support/accounts";
import { directives, headerValues, onlyPolicy, watchPolicyViolations } from "./support/security";

function expectBaseHeaders(response: APIResponse, label: string) {
  const h = response.headers();
  expect(h["strict-transport-security"], label).toBe("max-age=63072000; includeSubDomains");
  expect(h["x-content-type-options"], label).toBe("nosniff");
  expect(h["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], label).toContain("camera=()");
  expect(h["x-powered-by"], label).toBeUndefined();
  expect(headerValues(response, "content-security-policy"), `${label}: exactly one policy`).toHaveLength(1);
}

test("every kind of response carries the security headers and exactly one policy", async ({ request, page }) => {
  const html = await (await request.get("/")).text();
  const staticFile = html.match(/\/_next\/static\/[^"']+\.js/)?.[0];
  expect(staticFile, "a script under /_next/static").toBeTruthy();
  const responses: Array<[string, APIResponse]> = [];
  for (const path of [
    "/",
    "/compare",
    "/programs/stargate",
    "/no-such-page",
    "/api/v1/programs",
    "/api/v1/programs/nope",
    "/api/v1/charts/compare?format=svg",
    "/api/v1/charts/timeline?format=png",
    "/embed/compare",
    "/embed/program/stargate",
    "/embed/nope",
    "/embed.js",
    staticFile!,
    "/sign-in",
    "/set-password/not-a-token",
    "/admin",
    "/api/auth/get-session",
  ]) {
    responses.push([path, await request.get(path, { maxRedirects: 0 })]);
  }
  // A 500 from Next itself: a server-action POST with a malformed Origin (its own check throws).
  responses.push([
    "a 500",
    await request.post("/", {
      headers: { "next-action": "0".repeat(42), origin: "http://[", "content-type": "text/plain" },
      data: "[]",
      maxRedirects: 0,
    }),
  ]);
  responses.push([
    "an auth POST from another site",
    await request.post("/api/auth/sign-out", { headers: { origin: "https://evil.example" }, maxRedirects: 0 }),
  ]);
  const statuses = responses.map(([path, r]) => `${path} ${r.status()}`);
  expect(
    statuses.some((s) => s.endsWith(" 404")),
    statuses.join(", "),
  ).toBe(true);
  expect(
    statuses.some((s) => s.startsWith("a 500") && / 5\d\d$/.test(s)),
    statuses.join(", "),
  ).toBe(true);
  for (const [path, response] of responses) expectBaseHeaders(response, `${path} (${response.status()})`);

  // Framing: the three embed routes only.
  for (const [path, response] of responses) {
    const framable = /^\/embed\/(compare|program\/stargate)$/.test(path);
    const policy = directives(onlyPolicy(response) ?? "");
    if (framable) {
      expect(policy.get("frame-ancestors"), path).not.toBe("'none'");
      expect(response.headers()["x-frame-options"], path).toBeUndefined();
    } else {
      expect(policy.get("frame-ancestors"), path).toBe("'none'");
    }
  }
  await page.close();
});

test("public pages get the strict static policy, the same bytes for every reader", async ({ request }) => {
  const [a, b] = [await request.get("/compare"), await request.get("/compare")];
  expect(onlyPolicy(a)).toBe(onlyPolicy(b));
  const policy = directives(onlyPolicy(a)!);
  expect(policy.get("script-src")).toBe("'self' 'unsafe-inline'");
  expect(policy.get("object-src")).toBe("'none'");
  expect(policy.get("base-uri")).toBe("'none'");
  expect(policy.get("form-action")).toBe("'self'");
  expect(a.headers()["x-frame-options"]).toBe("DENY");
});

test("the editors' area: a fresh nonce per response, on Next's scripts, never stored", async ({ page }) => {
  await signInAs(page, e2eAdmin);
  const nonces: string[] = [];
  for (const path of ["/admin", "/admin", "/admin/users", "/sign-in", "/set-password/not-a-token"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    const policy = onlyPolicy(response);
    expect(policy, `${path}: exactly one policy`).not.toBeNull();
    const d = directives(policy!);
    const nonce = d.get("script-src")?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
    expect(nonce, path).toBeTruthy();
    expect(d.get("script-src"), path).toContain("'strict-dynamic'");
    expect(d.get("script-src"), path).not.toContain("unsafe-inline");
    expect(d.get("object-src"), path).toBe("'none'");
    expect(d.get("base-uri"), path).toBe("'none'");
    expect(d.get("form-action"), path).toBe("'self'");
    expect(d.get("frame-ancestors"), path).toBe("'none'");
    expect(response.headers()["cache-control"], path).toContain("no-store");
    if (response.status() === 200) {
      const body = await response.text();
      const scripts = [...body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, `${path}: every script carries this response's nonce`).toContain(`nonce="${nonce}"`);
    }
    nonces.push(nonce!);
  }
  expect(new Set(nonces).size, "no nonce is reused").toBe(nonces.length);
});

test("no policy violation in Chromium on the editors' pages and the public pages", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchPolicyViolations(page);
  await page.goto("/sign-in");
  await signInAs(page, e2eAdmin);
  // Every page the editors' navigation links to, one record editor, and a few public pages.
  const nav = page.getByRole("navigation", { name: "Editors’ area" });
  const adminPaths = await nav.getByRole("link").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(adminPaths.length).toBeGreaterThan(5);
  await page.goto("/admin/programs");
  const firstRecord = await page.locator("main a[href^='/admin/programs/']").first().getAttribute("href");
  for (const path of [
    ...new Set(adminPaths),
    ...(firstRecord ? [firstRecord] : []),
    "/",
    "/compare",
    "/timeline",
    "/programs/stargate",
    "/developers",
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // A client-side navigation and a form posted through JavaScript under the nonce policy.
  await page.goto("/admin");
  await nav.getByRole("link", { name: "Users", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  await page.getByLabel("Email").fill(`csp-check-${Date.now()}@example.org`);
  await page.getByLabel("Name").fill("CSP Check");
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByTestId("password-link")).toBeVisible();
  expect(violations).toEqual([]);
});
