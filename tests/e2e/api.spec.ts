// The public API on the built server: its docs page, its OpenAPI document, CORS as a browser on
// another origin enforces it, and the HTTP methods.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

test.describe("/developers", () => {
  test("documents every endpoint from the OpenAPI document, passes axe and fits a phone", async ({ page, request }) => {
    const doc = (await (await request.get("/api/v1/openapi.json")).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/developers");
    await expect(page.getByRole("heading", { level: 1, name: "API for developers" })).toBeVisible();
    for (const path of Object.keys(doc.paths)) {
      await expect(page.getByRole("heading", { level: 3, name: `GET ${path}`, exact: true })).toBeVisible();
    }
    // The examples use the address the reader came to (as snippets and oEmbed do), not a guess.
    await expect(page.getByText(`curl '${new URL(page.url()).origin}/api/v1/`, { exact: false }).first()).toBeVisible();
    await expect(page.locator("main")).toContainText("Retry-After");
    await expect(page.locator("main")).toContainText("If-None-Match");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await expect(page.getByRole("navigation", { name: "More" }).getByRole("link", { name: "API" })).toHaveAttribute("href", "/developers");
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/developers");
    await expect(page.getByRole("heading", { level: 3, name: "GET /api/v1/milestones" })).toBeVisible();
    await context.close();
  });
});

test.describe("HTTP", () => {
  test("a page on another origin may read the API, its ETag and a download's file name; not write", async ({ page, baseURL }) => {
    // A blank page served from another port: a real cross-origin read, which Chromium lets through
    // only if the CORS headers allow it. (Not one of our own pages on another host name: their CSP,
    // connect-src 'self', rightly stops them from calling any other origin.)
    const host = createServer((_request, response) =>
      response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Host</title>"),
    );
    await new Promise<void>((resolve) => host.listen(0, "localhost", resolve));
    await page.goto(`http://localhost:${(host.address() as AddressInfo).port}/`);
    const result = await page.evaluate(async (api) => {
      const json = await fetch(`${api}/api/v1/programs`);
      const csv = await fetch(`${api}/api/v1/milestones?format=csv`);
      const posted = await fetch(`${api}/api/v1/programs`, { method: "POST", body: "{}" }).then(
        (r) => r.status,
        () => "blocked",
      );
      return {
        status: json.status,
        count: ((await json.json()) as { data: unknown[] }).data.length,
        etag: json.headers.get("etag"),
        disposition: csv.headers.get("content-disposition"),
        posted,
      };
    }, baseURL);
    expect(result).toMatchObject({ status: 200, count: 5 });
    expect(result.disposition).toMatch(/^attachment; filename="compute-atlas_timeline_\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(result.etag).toMatch(/^W\//);
    // A text/plain POST is a "simple" request: the browser sends it, the API refuses it with 405.
    expect(result.posted).toBe(405);
    host.close();
  });

  test("HEAD, OPTIONS and writes", async ({ request }) => {
    const head = await request.head("/api/v1/sources");
    expect(head.status()).toBe(200);
    expect(head.headers()["etag"]).toMatch(/^W\//);
    const options = await request.fetch("/api/v1/sources", { method: "OPTIONS" });
    expect(options.status()).toBe(204);
    expect(options.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
    const remove = await request.delete("/api/v1/programs/stargate");
    expect(remove.status()).toBe(405);
    expect(await remove.json()).toEqual({ error: { code: "method_not_allowed", message: expect.any(String) } });
    const bad = await request.get("/api/v1/milestones?status=late");
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('"status"');
  });
});
