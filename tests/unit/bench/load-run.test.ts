// bench:load asks as real clients do: every request of a target's run takes gzip.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadTarget } from "../../../scripts/bench/load-run";

describe("loadTarget", () => {
  it("asks with Accept-Encoding: gzip and reports the compressed bytes on the wire", async () => {
    const plain = Buffer.from(JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ id: i, name: `program ${i}` }))));
    const gzipped = gzipSync(plain);
    const asked = new Set<string>();
    const server = http.createServer((request, response) => {
      const encoding = String(request.headers["accept-encoding"] ?? "");
      asked.add(encoding);
      const gzip = /\bgzip\b/.test(encoding);
      response.writeHead(200, { "content-type": "application/json", ...(gzip && { "content-encoding": "gzip" }) });
      response.end(gzip ? gzipped : plain);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const result = await loadTarget(base, { name: "api", path: "/api" }, { seconds: 1, connections: 2, warmSeconds: 0 });
      expect(result.completed).toBeGreaterThan(0);
      expect([...asked]).toEqual(["gzip"]);
      // The gzip body and its headers, far from the plain body's size.
      expect(result.wireBytes).toBeGreaterThan(gzipped.length);
      expect(result.wireBytes).toBeLessThan(gzipped.length + 400);
    } finally {
      server.close();
    }
  });
});
