import { afterEach, describe, expect, it, vi } from "vitest";
import { apiData, withApiErrors } from "../../lib/api/respond";

afterEach(() => vi.restoreAllMocks());

describe("withApiErrors", () => {
  it("answers a failed read with the one error shape, a 503 and no internals", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await withApiErrors(async () => {
      throw new Error("connect ECONNREFUSED postgresql://atlas:secret@10.0.0.5:5432/atlas\n    at Socket.connect");
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "service_unavailable", message: expect.any(String) } });
    expect(text).not.toMatch(/secret|ECONNREFUSED|Socket|postgresql/);
  });

  it("passes a successful read through, open to other origins and cacheable", async () => {
    const response = await withApiErrors(async () => apiData(new Request("http://x/api/v1/programs"), [{ slug: "stargate" }]));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
    expect(response.headers.get("etag")).toMatch(/^W\/"[\w-]+"$/);
    expect(await response.json()).toEqual({ data: [{ slug: "stargate" }] });
  });
});
