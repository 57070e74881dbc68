// Which requests the front cache (lib/cache/front-cache.mjs) may answer: the public pages
// (next.config.ts's list), embeds and the API, and never an editors' route, a credentialed request or a write.
import http from "node:http";
import { describe, expect, it } from "vitest";
import { editorRoutes } from "../../../lib/auth/paths";
import { frontCacheRoute, frontKey, sendStored, storableAnswer, storedPastDay } from "../../../lib/cache/front-cache.mjs";
import { pastViewDay } from "../../../lib/cache/http-rules.mjs";
import { publicPages } from "../../../lib/cache/public-pages.mjs";
import { parseAsOf } from "../../../lib/dashboard/as-of";

describe("the front cache", () => {
  it("answers public pages and embeds, the API counted by its limit, and never the editors' area", () => {
    const pages = [
      ...publicPages.map((page) => page.replace(":slug", "stargate")),
      "/?asOf=2025-01-01",
      "/embed/program/stargate?theme=dark",
    ];
    for (const url of pages) expect(frontCacheRoute("GET", url, {}), url).toBe("page");
    for (const url of ["/api/v1/programs", "/api/v1/charts/compare?format=svg", "/api/oembed?url=x"])
      expect(frontCacheRoute("GET", url, {}), url).toBe("counted");
    const editors = editorRoutes.map((route) => route.replace(":path*", "x/y"));
    const no = [
      ...editors,
      "/api/auth/get-session",
      "/api/health",
      "/programs/a/b",
      "/embed",
      "/_next/static/x.js",
      "/cached/overview/live",
    ];
    for (const url of no) expect(frontCacheRoute("GET", url, {}), url).toBeNull();
  });

  it("leaves a request with a query key its page does not read to Next (each junk value would store an entry)", () => {
    const read = [
      "/compare?program=a&metric=power&asOf=2025-01-01",
      "/programs?sort=usd&dir=desc",
      "/compare?metric=power&_rsc=abc",
      "/compare?find=x",
      "/timeline?program=a&find=x",
    ];
    for (const url of [...read, "/embed/program/x?chart=milestones&theme=dark", "/api/v1/milestones?status=overdue&format=csv"])
      expect(frontCacheRoute("GET", url, {}), url).not.toBeNull();
    for (const url of [
      "/?x=1",
      "/compare?metric=power&junk=2",
      "/developers?a",
      "/embed/compare?chart=x",
      "/embed/compare?find=x",
      "/api/v1/programs?x=1",
    ])
      expect(frontCacheRoute("GET", url, {}), url).toBeNull();
  });

  it("leaves malformed request paths to Next: two leading slashes, a backslash, the absolute form", () => {
    for (const url of ["//x/programs", "/\\sign-in", "/\\programs", "http://evil/programs", "programs"])
      expect(frontCacheRoute("GET", url, {}), url).toBeNull();
  });

  it("leaves requests with cookies or credentials, and writes, to Next", () => {
    expect(frontCacheRoute("GET", "/", { cookie: "__Host-atlas.session_token=x" })).toBeNull();
    expect(frontCacheRoute("GET", "/api/v1/programs", { authorization: "Bearer x" })).toBeNull();
    expect(frontCacheRoute("POST", "/compare", {})).toBeNull();
    expect(frontCacheRoute("HEAD", "/compare", {})).toBe("page");
  });

  it("keys by build, site origin, path, sorted query and router headers", () => {
    const key = (url: string, headers = {}, build = "b1", origin = "https://atlas.example") => frontKey(url, headers, build, origin);
    expect(key("/compare?a=1&b=2")).toBe(key("/compare?b=2&a=1"));
    expect(key("/compare?a=1")).not.toBe(key("/compare?a=2"));
    // A page reads a repeated option's first value: their order is part of the key.
    expect(key("/compare?metric=A&metric=B")).not.toBe(key("/compare?metric=B&metric=A"));
    expect(key("/compare?metric=A&x=1&metric=B")).toBe(key("/compare?x=1&metric=A&metric=B"));
    expect(key("/compare")).not.toBe(key("/compare", {}, "b2"));
    expect(key("/compare")).not.toBe(key("/compare", {}, "b1", "http://localhost:3000"));
    expect(key("/compare")).not.toBe(key("/compare", { rsc: "1" }));
    expect(key("/compare", { rsc: "1", "next-router-state-tree": "a" })).not.toBe(
      key("/compare", { rsc: "1", "next-router-state-tree": "b" }),
    );
    expect(key("/compare", { "user-agent": "a" })).toBe(key("/compare", { "user-agent": "b" }));
    // Next answers an HTML-limited bot (link previews) with blocking metadata, a crawler that runs JS apart.
    const slack = key("/compare", { "user-agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" });
    expect(slack).not.toBe(key("/compare", { "user-agent": "Mozilla/5.0 Firefox/140.0" }));
    expect(slack).toBe(key("/compare", { "user-agent": "Twitterbot/1.0" }));
    expect(key("/compare", { "user-agent": "Googlebot/2.1" })).not.toBe(key("/compare"));
  });

  it("tells a past view (asOf before today, UTC) from a live one", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    const at = (query: string) => pastViewDay(`/compare${query}`, now) !== null;
    expect([at(""), at("?asOf=2026-03-09"), at("?asOf=2026-03-10"), at("?asOf=nope")]).toEqual([false, true, false, false]);
  });

  it("keeps a past view's day with its answer, but not an embed's, which reads the live view too and expires with it", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    const day = (url: string) => storedPastDay(url, now);
    expect([day("/?asOf=2026-03-09"), day("/api/v1/programs/stargate?asOf=2025-01-01"), day("/?asOf=2026-03-10")]).toEqual([
      "2026-03-09",
      "2025-01-01",
      null,
    ]);
    for (const embed of ["/embed/compare?asOf=2025-01-01", "/embed/timeline?asOf=2025-01-01", "/embed/program/stargate?asOf=2025-01-01"])
      expect(day(embed), embed).toBeNull();
    const headers = { "cache-control": "public, max-age=0" };
    const stored = (url: string) => storableAnswer(200, headers, Buffer.from("x"), "3", url, now.getTime());
    // A pinned embed reads the live view (and today's statuses): it expires in the live view's hour.
    const hour = now.getTime() + 3600 * 1000;
    expect([stored("/compare?asOf=2025-01-01")?.expiresAt, stored("/embed/timeline?asOf=2025-01-01")?.expiresAt]).toEqual([null, hour]);
    expect([stored("/compare?asOf=2025-01-01")?.asOf, stored("/embed/map?asOf=2025-01-01")?.asOf]).toEqual(["2025-01-01", null]);
  });

  it("agrees with the pages' parseAsOf on what a past view is", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    const days = ["2025-02-28", "2025-02-29", "2025-02-30", "2024-02-29", "1900-02-29", "2000-02-29", "2025-04-31", "2025-13-01"];
    const more = ["2025-00-10", "0000-01-01", "0001-01-01", "0099-12-31", "9999-12-31", "2026-03-09", "2026-03-10", "2026-03-11"];
    const odd = ["2025-1-01", "20250101", "2025-01-01T00:00:00Z", " 2025-01-01", "+02025-01-01", "", "nope"];
    for (const day of [...days, ...more, ...odd])
      expect(pastViewDay(`/?asOf=${encodeURIComponent(day)}`, now) !== null, day).toBe(parseAsOf(day, now) !== null);
    expect(pastViewDay("/?asOf=2025-01-01&asOf=2027-01-01", now) !== null).toBe(parseAsOf(["2025-01-01", "2027-01-01"], now) !== null);
  });

  it("sends a large stored body whole, in slices, adding no listener to a response Next already listens to", async () => {
    const body = Buffer.from("é".repeat(200_000)); // 400 KB: several 64 KB slices
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    const server = http.createServer((_request, response) => {
      for (let i = 0; i < 9; i += 1) response.on("close", () => {}); // as many as Next's render leaves
      sendStored(
        response,
        { status: 200, headers: { "content-type": "text/html" }, etag: '"e"', body, publication: "1", asOf: null, expiresAt: null },
        "HIT",
        { method: "GET" },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as { port: number };
      const answer = await fetch(`http://127.0.0.1:${port}/`);
      expect(Buffer.from(await answer.arrayBuffer()).equals(body)).toBe(true);
      expect(answer.headers.get("content-length")).toBe(String(body.length));
      await new Promise((resolve) => setImmediate(resolve)); // a warning is emitted on the next tick
      expect(warnings.map((warning) => warning.name)).toEqual([]);
    } finally {
      process.off("warning", onWarning);
      server.close();
    }
  });
});
