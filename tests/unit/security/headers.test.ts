import { describe, expect, it } from "vitest";
import {
  editorContentSecurityPolicy,
  editorFallbackContentSecurityPolicy,
  everyResponseHeaders,
  publicContentSecurityPolicy,
} from "../../../lib/security/headers";

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(" ")]),
  );
}

describe("security headers", () => {
  it("sends HSTS for two years with subdomains, nosniff, a referrer policy and a permissions policy", () => {
    const byKey = Object.fromEntries(everyResponseHeaders.map((h) => [h.key, h.value]));
    expect(byKey["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(byKey["X-Content-Type-Options"]).toBe("nosniff");
    expect(byKey["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(byKey["Permissions-Policy"]).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it.each([
    ["public", publicContentSecurityPolicy],
    ["editor fallback", editorFallbackContentSecurityPolicy],
    ["editor", editorContentSecurityPolicy("abc")],
  ])("the %s policy refuses plugins, <base>, foreign form targets and framing", (_name, policy) => {
    const d = directives(policy);
    expect(d.get("object-src")).toBe("'none'");
    expect(d.get("base-uri")).toBe("'none'");
    expect(d.get("form-action")).toBe("'self'");
    expect(d.get("frame-ancestors")).toBe("'none'");
    expect(d.get("script-src")).not.toMatch(/unsafe-eval|\*/);
  });

  it("the editors' policy allows scripts only by nonce, and only in development eval", () => {
    const d = directives(editorContentSecurityPolicy("bm9uY2U="));
    expect(d.get("script-src")).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(d.get("script-src")).not.toContain("unsafe-inline");
    expect(directives(editorContentSecurityPolicy("n", true)).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(editorFallbackContentSecurityPolicy).get("script-src")).toBe("'none'");
  });
});
