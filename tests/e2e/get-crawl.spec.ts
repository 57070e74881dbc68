// No GET changes data (checklist #13, ASVS 3.5.3): as a signed-in admin, GET every same-origin
// link reachable from the editors' desk, the public pages and /developers, every path of the
// public API's OpenAPI document, each embed kind and the session read; every table's checksum is
// the same afterwards. The one write on read that could be legitimate is the session's sliding
// expiry: Better Auth extends a session at most hourly (lib/auth), so a session signed in seconds
// ago is never touched. Every table is compared strictly, rate_limit included (reading the session
// is not counted: lib/auth/create-auth.ts).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { tableChecksums } from "../support/table-checksums";
import { signInAsAdmin, useAppOnPostgres } from "./support/app-on-postgres";

test.describe.configure({ mode: "serial" });

const app = useAppOnPostgres();

const MAX_URLS = 300;
// Query-string variants of one path (the compare page links many option sets): enough to reach
// every kind of link, not every combination.
const MAX_VARIANTS_PER_PATH = 12;
const start = ["/admin", "/", "/programs", "/compare", "/timeline", "/partners", "/sources", "/developers", "/api/auth/get-session"];
const embeds = ["/embed/compare", "/embed/timeline", "/embed/program/stargate?chart=funding", "/embed/program/stargate?chart=timeline"];

const decode = (value: string) => value.replaceAll("&amp;", "&").replaceAll("&#x27;", "'").replaceAll("&quot;", '"');
const attributeValues = (html: string, tag: string, attribute: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*?\\s${attribute}="([^"]*)"`, "gi"))].map((m) => decode(m[1]!));

/** Same-origin path+query of `href` seen on `from`, or null (other origins, mailto:, framework files). */
function sameOrigin(href: string, from: string, origin: string): string | null {
  let url: URL;
  try {
    url = new URL(href, from);
  } catch {
    return null;
  }
  if (url.origin !== origin || url.pathname.startsWith("/_next/")) return null;
  return url.pathname + url.search;
}

async function apiPaths(request: APIRequestContext): Promise<string[]> {
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, { get?: unknown }> };
  return Object.entries(document.paths)
    .filter(([, operations]) => operations.get)
    .map(([path]) => path.replace("{slug}", "stargate"));
}

async function crawl(request: APIRequestContext, seeds: string[]): Promise<{ visited: string[]; failures: string[] }> {
  const queue = [...seeds];
  const seen = new Set(queue);
  const variants = new Map<string, number>();
  const formActions = new Set<string>();
  const visited: string[] = [];
  const failures: string[] = [];
  while (queue.length > 0 && visited.length < MAX_URLS) {
    const path = queue.shift()!;
    if (formActions.has(path)) continue;
    const response = await request.get(path, { maxRedirects: 0 });
    visited.push(path);
    if (response.status() >= 500) failures.push(`${path} → ${response.status()}`);
    const location = response.headers()["location"];
    const redirected = location ? sameOrigin(location, new URL(path, app.url).toString(), app.url) : null;
    if (redirected && !seen.has(redirected)) {
      seen.add(redirected);
      queue.push(redirected);
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    const html = await response.text();
    const from = new URL(path, app.url).toString();
    for (const action of attributeValues(html, "form", "action")) {
      const target = sameOrigin(action, from, app.url);
      if (target) formActions.add(target);
    }
    for (const href of attributeValues(html, "a", "href")) {
      const target = sameOrigin(href, from, app.url);
      if (!target || seen.has(target) || formActions.has(target) || target.includes("sign-out")) continue;
      const pathname = target.split("?")[0]!;
      const count = variants.get(pathname) ?? 0;
      if (count >= MAX_VARIANTS_PER_PATH) continue;
      variants.set(pathname, count + 1);
      seen.add(target);
      queue.push(target);
    }
  }
  return { visited, failures };
}

test("a signed-in admin's crawl of every GET leaves every table unchanged", async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  await signInAsAdmin(page);
  const before = await tableChecksums(app.db);

  const { visited, failures } = await crawl(context.request, [...start, ...(await apiPaths(context.request)), ...embeds]);

  // The crawl really went through the editors' area and the public site, signed in to the end.
  expect(visited.length).toBeGreaterThan(60);
  expect(visited.filter((path) => path.startsWith("/admin/")).length).toBeGreaterThan(10);
  expect(visited).toEqual(expect.arrayContaining(["/admin/activity", "/admin/users", "/programs/stargate", "/api/v1/programs"]));
  expect(failures).toEqual([]);
  expect((await context.request.get("/admin", { maxRedirects: 0 })).status()).toBe(200);
  expect(await tableChecksums(app.db)).toEqual(before);
  await context.close();
});
