import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { serveStatic } from "next/dist/server/serve-static";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import { sendStored } from "../../../lib/cache/front-cache.mjs";
import nextConfig from "../../../next.config";
import { fillFloorFile, floorFile, floorMismatch, prepareFloorFiles, removeFloorFiles } from "../../../scripts/bench/static-floor";
import { fetchWire, type WireAnswer } from "../../../scripts/bench/wire";

// Next's compiled `compression` middleware (what `compress: true` runs), shipped without types.
type Middleware = (request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void;
const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => Middleware;
const scratch = () => path.join(mkdtempSync(path.join(tmpdir(), "floor-")), "bench-floor");
const gzipAnswer = (body: Buffer, type = "text/html; charset=utf-8"): WireAnswer => ({
  status: 200,
  headers: { "content-type": type, "content-encoding": "gzip" },
  body: gzipSync(body),
});
// A body gzip cannot shrink to nothing: 100 programs' worth of distinct names and numbers.
const programs = Buffer.from(
  JSON.stringify({
    data: Array.from({ length: 100 }, (_, i) => ({ slug: `program-${i}`, name: `Généré ${i * 7919}`, money: i * 1.37e9 })),
  }),
);

async function listening(handler: http.RequestListener): Promise<{ base: string; close: () => void }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/**
 * A static file as `next start` serves it (next/dist/server/lib/router-server.js): the config's header
 * rules for its address, then Next's `compress` middleware, then `send` from the folder.
 */
async function servedLikeNextStart(dir: string) {
  const rules = (await nextConfig.headers!()).filter((rule) => getPathMatch(rule.source)("/_next/static/bench-floor/0.json"));
  return listening((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://x");
    for (const rule of rules)
      if (getPathMatch(rule.source)(pathname)) for (const { key, value } of rule.headers) response.setHeader(key, value);
    compression()(request, response, () => {});
    serveStatic(request, response, path.basename(pathname), { root: dir }).catch(() => response.end());
  });
}

describe("static floor files", () => {
  it("are served under /_next/static/, one per target and type", () => {
    expect(floorFile(2, "json", ".next/static/bench-floor")).toEqual({
      url: "/_next/static/bench-floor/2.json",
      file: path.join(".next/static/bench-floor", "2.json"),
    });
  });

  it("exist, empty, before the server starts (Next lists the folder then), and only those", () => {
    const dir = scratch();
    prepareFloorFiles(2, dir);
    fillFloorFile(1, gzipAnswer(Buffer.from("left from a run")), dir);
    prepareFloorFiles(3, dir);
    expect(readdirSync(dir).sort()).toEqual(["0.html", "0.json", "0.svg", "1.html", "1.json", "1.svg", "2.html", "2.json", "2.svg"]);
    expect(readFileSync(floorFile(1, "html", dir).file).length).toBe(0);
  });

  it("hold the target's own bytes on the wire, gzip, in the file of its type", () => {
    const dir = scratch();
    prepareFloorFiles(1, dir);
    const answer = gzipAnswer(programs, "application/json; charset=utf-8");
    expect(fillFloorFile(0, answer, dir)).toEqual({ path: "/_next/static/bench-floor/0.json", size: answer.body.length });
    expect(readFileSync(floorFile(0, "json", dir).file).equals(answer.body)).toBe(true);
    removeFloorFiles(dir);
    expect(existsSync(dir)).toBe(false);
  });

  it("refuse an answer they could not copy on the wire: not gzip, or of a type no floor file has", () => {
    const dir = scratch();
    prepareFloorFiles(1, dir);
    expect(() => fillFloorFile(0, { ...gzipAnswer(programs), headers: { "content-type": "text/html" } }, dir)).toThrow(/identity/);
    expect(() => fillFloorFile(0, gzipAnswer(programs, "image/png"), dir)).toThrow(/image\/png/);
  });

  it("are served by Next as their target is by the front cache: same type, gzip, the same bytes", async () => {
    const target = await listening((request, response) => {
      const headers = { "content-type": "application/json; charset=utf-8" };
      const entry = { status: 200, headers, etag: 'W/"t"', body: programs, publication: "1", asOf: null, expiresAt: null };
      sendStored(response, entry, "HIT", { method: request.method, acceptEncoding: request.headers["accept-encoding"] });
    });
    const dir = scratch();
    prepareFloorFiles(1, dir);
    const floorServer = await servedLikeNextStart(dir);
    try {
      const answer = await fetchWire(target.base + "/api/v1/programs");
      expect(answer.headers["content-encoding"]).toBe("gzip");
      const floor = fillFloorFile(0, answer, dir);
      const served = await fetchWire(floorServer.base + floor.path);
      // Without the config's rule, Next's compress gzips the stored gzip again on every request.
      expect(floorMismatch(answer, served)).toBeNull();
      expect(served.headers["content-length"]).toBe(String(answer.body.length));
    } finally {
      target.close();
      floorServer.close();
    }
  });

  it("say how a floor as served differs from its target", () => {
    const answer = gzipAnswer(programs);
    expect(floorMismatch(answer, answer)).toBeNull();
    expect(floorMismatch(answer, { ...answer, status: 404 })).toBe("the floor answered 404");
    expect(floorMismatch(answer, { ...answer, headers: { "content-type": "text/html" } })).toBe("encoding identity, not gzip");
    expect(floorMismatch(answer, gzipAnswer(programs, "application/json"))).toBe("type application/json, not text/html");
    expect(floorMismatch(answer, { ...answer, body: gzipSync(answer.body) })).toMatch(/bytes of body, not the target's/);
  });
});
