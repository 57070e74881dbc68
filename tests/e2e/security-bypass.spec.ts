// The proxy-bypass headers of the 2025–26 Next.js advisories (CVE-2025-29927's
// x-middleware-subrequest, the segment-prefetch and cache headers) and odd spellings of the admin
// path change nothing for a caller without a session: the same status as the plain request, never
// admin content; and an action POST carrying them is still refused, writing nothing.
import { expect, test } from "@playwright/test";
import { e2eAdmin, signInAs } from "./support/accounts";
import { captureInvite, hasAdminContent, isListed, replayableHeaders } from "./support/security";

const bypassHeaders: Array<Record<string, string>> = [
  { "x-middleware-subrequest": "middleware" },
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  { "x-middleware-subrequest": "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy" },
  { "x-middleware-prefetch": "1" },
  { rsc: "1" },
  { rsc: "1", "next-router-prefetch": "1" },
  { "next-router-prefetch": "1" },
  { "next-router-segment-prefetch": "/_tree" },
  {
    "next-router-state-tree": encodeURIComponent(
      JSON.stringify(["", { children: ["admin", { children: ["__PAGE__", {}] }] }, null, null, true]),
    ),
  },
  { "x-now-route-matches": "1=admin" },
  { "next-resume": "1" },
  { "x-invoke-path": "/admin", "x-invoke-query": "{}" },
  { "x-invoke-status": "200" },
];
const adminPages = ["/admin", "/admin/users", "/admin/programs"];
const paths = [...adminPages, "//admin", "/%2Fadmin", "/admin/", "/ADMIN", "/admin%2Fusers", "/admin/./users"];

/**
 * What the plain request must get, so that "the same as plain" cannot pass with every answer a 500:
 * an admin page sends a caller without a session to the sign-in page; another spelling is either
 * not an admin page at all (404) or a redirect (to the sign-in page, or to the canonical path).
 */
function plainProblem(path: string, status: number, location: string | undefined): string | null {
  const redirect = status >= 300 && status < 400;
  const target = location === undefined ? undefined : new URL(location, "http://app.invalid").pathname;
  if (adminPages.includes(path))
    return redirect && target === "/sign-in" ? null : `${status} ${location ?? ""}, not a redirect to /sign-in`;
  return status === 404 || (redirect && location !== undefined) ? null : `${status}, neither 404 nor a redirect`;
}

test("bypass headers and path spellings reach no admin page without a session", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const path of paths) {
    const url = `${baseURL}${path}`; // absolute: "//admin" alone would name a host
    const plain = await request.get(url, { maxRedirects: 0 });
    const plainBody = await plain.text();
    const unexpected = plainProblem(path, plain.status(), plain.headers()["location"]);
    if (unexpected) problems.push(`${path} plainly: ${unexpected}`);
    if (hasAdminContent(plainBody)) problems.push(`${path}: admin content without a session`);
    for (const headers of bypassHeaders) {
      const response = await request.get(url, { headers, maxRedirects: 0 });
      const label = `${path} with ${JSON.stringify(headers)}`;
      const body = await response.text();
      // Next's own answer to a proxy prefetch of a dynamic page: an empty "{}" and no rendering at
      // all (base-server.js, "we bail early to avoid unexpected SSR invocations"). Nothing leaks.
      const prefetchBailOut = "x-middleware-prefetch" in headers && body === "{}";
      if (response.status() !== plain.status() && !prefetchBailOut)
        problems.push(`${label}: ${response.status()}, plainly ${plain.status()}`);
      if (hasAdminContent(body)) problems.push(`${label}: admin content`);
    }
  }
  expect(problems).toEqual([]);
});

test("an action POST with bypass headers and no session is refused and writes nothing", async ({ page, playwright, baseURL }) => {
  test.setTimeout(90_000);
  await signInAs(page, e2eAdmin);
  const email = `bypass-${Date.now()}@example.org`;
  const action = await captureInvite(page, email);
  const anonymous = await playwright.request.newContext({ baseURL });
  const origin = new URL(baseURL!).origin;
  for (const headers of bypassHeaders) {
    const response = await anonymous.post("/admin/users", {
      headers: { ...replayableHeaders(action), origin, "sec-fetch-site": "same-origin", ...headers },
      data: action.postDataBuffer(),
      maxRedirects: 0,
    });
    const body = await response.text();
    expect(body, JSON.stringify(headers)).not.toContain("/set-password/");
    expect(hasAdminContent(body), JSON.stringify(headers)).toBe(false);
  }
  await anonymous.dispose();
  expect(await isListed(page, email), "no invite was written").toBe(false);
});
