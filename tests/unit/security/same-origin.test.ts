import { describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/core/actor";
import {
  assertSameOrigin,
  crossSiteReason,
  CrossSiteRequestError,
  expectedOriginOf,
  sameOriginActor,
} from "../../../lib/security/same-origin";

const ours = "http://localhost:3000";
const h = (values: Record<string, string>) => new Headers({ host: "localhost:3000", ...values });

describe("crossSiteReason", () => {
  it("accepts our own origin, with or without Sec-Fetch-Site: same-origin", () => {
    expect(crossSiteReason(h({ origin: ours, "sec-fetch-site": "same-origin" }), ours)).toBeNull();
    expect(crossSiteReason(h({ origin: ours }), ours)).toBeNull();
  });

  it.each([
    ["a foreign origin", { origin: "https://evil.example" }, "foreign-origin"],
    ["our host on another port", { origin: "http://localhost:3001" }, "foreign-origin"],
    ["our host over another scheme", { origin: "https://localhost:3000" }, "foreign-origin"],
    ["a subdomain of ours", { origin: "http://a.localhost:3000" }, "foreign-origin"],
    ["Origin: null", { origin: "null" }, "null-origin"],
    ["no Origin", {}, "missing-origin"],
    ["an empty Origin", { origin: "" }, "missing-origin"],
    ["a malformed Origin", { origin: "http://" }, "malformed-origin"],
    ["an Origin with a path", { origin: `${ours}/admin` }, "malformed-origin"],
    ["an Origin that is not http(s)", { origin: "javascript:alert(1)" }, "malformed-origin"],
    ["Sec-Fetch-Site: cross-site with our Origin", { origin: ours, "sec-fetch-site": "cross-site" }, "cross-site-fetch"],
    ["Sec-Fetch-Site: same-site", { origin: ours, "sec-fetch-site": "same-site" }, "cross-site-fetch"],
    ["Sec-Fetch-Site: none", { origin: ours, "sec-fetch-site": "none" }, "cross-site-fetch"],
  ])("refuses %s", (_label, headers, reason) => {
    expect(crossSiteReason(h(headers), ours)).toBe(reason);
  });

  it("lets safe methods through (they must not change anything anyway) and checks every other method", () => {
    const foreign = h({ origin: "https://evil.example" });
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) expect(crossSiteReason(foreign, ours, method)).toBeNull();
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect(crossSiteReason(foreign, ours, method)).toBe("foreign-origin");
  });

  it("compares case-insensitively, as browsers serialise origins in lower case", () => {
    expect(crossSiteReason(h({ origin: "HTTP://LOCALHOST:3000" }), ours)).toBeNull();
  });
});

describe("expected origin", () => {
  it("is the configured base URL when set, whatever the Host header says", () => {
    expect(expectedOriginOf(h({}), "https://atlas.example.org/some/path")).toBe("https://atlas.example.org");
    expect(() => assertSameOrigin(h({ origin: ours }), "https://atlas.example.org")).toThrow(CrossSiteRequestError);
    expect(() => assertSameOrigin(h({ origin: "https://atlas.example.org" }), "https://atlas.example.org")).not.toThrow();
  });

  it("is the request's own origin otherwise (https when the proxy says so)", () => {
    expect(expectedOriginOf(h({}), undefined)).toBe(ours);
    expect(expectedOriginOf(h({ "x-forwarded-proto": "https" }), undefined)).toBe("https://localhost:3000");
  });
});

describe("sameOriginActor", () => {
  const actor = { id: "u1", email: "e@example.org", name: "E", role: "editor" as const };

  it("refuses before reading the session, with an AuthorizationError carrying the message forms show", async () => {
    let resolved = false;
    const refusal = sameOriginActor(h({ origin: "https://evil.example" }), undefined, async () => {
      resolved = true;
      return actor;
    });
    await expect(refusal).rejects.toBeInstanceOf(AuthorizationError);
    await expect(refusal).rejects.toThrow("This request did not come from Compute Atlas; nothing was changed.");
    expect(resolved).toBe(false);
  });

  it("returns the session's actor for our own origin", async () => {
    await expect(sameOriginActor(h({ origin: ours }), undefined, async () => actor)).resolves.toEqual(actor);
  });
});
