import { describe, expect, it } from "vitest";
import { cacheableResponse, etagMatches, weakEtagOf } from "../../lib/cache/http-cache";

const get = (headers: Record<string, string> = {}) => new Request("http://atlas.test/api/v1/programs", { headers });

describe("weakEtagOf", () => {
  it("is weak, stable for one body and different for another", () => {
    expect(weakEtagOf("{}")).toMatch(/^W\/"[\w-]{43}"$/);
    expect(weakEtagOf('{"data":[1]}')).toBe(weakEtagOf('{"data":[1]}'));
    expect(weakEtagOf('{"data":[1]}')).not.toBe(weakEtagOf('{"data":[2]}'));
  });
});

describe("etagMatches", () => {
  const etag = 'W/"abc"';
  it("compares weakly, in a list, and accepts *", () => {
    expect(etagMatches('W/"abc"', etag)).toBe(true);
    expect(etagMatches('"abc"', etag)).toBe(true);
    expect(etagMatches('W/"xyz", W/"abc"', etag)).toBe(true);
    expect(etagMatches("*", etag)).toBe(true);
  });
  it("does not match another tag or no header", () => {
    expect(etagMatches('W/"abd"', etag)).toBe(false);
    expect(etagMatches(null, etag)).toBe(false);
    expect(etagMatches("", etag)).toBe(false);
  });
});

describe("cacheableResponse", () => {
  it("answers 200 with the body, revalidate-every-time caching and an ETag", async () => {
    const response = cacheableResponse(get(), "a,b\n1,2\n", { "Content-Type": "text/csv" });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
    expect(response.headers.get("content-type")).toBe("text/csv");
    expect(await response.text()).toBe("a,b\n1,2\n");
  });

  it("answers 304 with no body but the same headers when the client holds this body", async () => {
    const first = cacheableResponse(get(), "same", {});
    const etag = first.headers.get("etag")!;
    const again = cacheableResponse(get({ "If-None-Match": etag }), "same", { "Access-Control-Allow-Origin": "*" });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    // Once the data changes, the old tag no longer matches: the client gets the new body.
    expect(cacheableResponse(get({ "If-None-Match": etag }), "changed", {}).status).toBe(200);
  });
});
