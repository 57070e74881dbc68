// The editors' routes are listed once (lib/auth/paths.ts); proxy.ts's matcher must be a literal, so it is held equal here.
import { describe, expect, it } from "vitest";
import { editorPathPattern, editorRoutes } from "@/lib/auth/paths";
import { config } from "@/proxy";

describe("the editors' routes", () => {
  it("are exactly what the proxy matches", () => {
    expect(config.matcher).toEqual([...editorRoutes]);
  });

  it("give next.config.ts the pattern its header rules used to spell out", () => {
    expect(editorPathPattern).toBe("admin|admin/.*|sign-in|sign-in/.*|set-password/.*");
  });
});
