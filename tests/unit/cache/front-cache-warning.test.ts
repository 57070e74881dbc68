// A production server without the front cache's preload caches nothing public: it must say so at start.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { frontCacheMissing, frontCacheWarning } from "../../../lib/cache/front-cache-warning";

describe("the front cache warning", () => {
  it("warns in production only, and only when the hook did not mark the process", () => {
    expect(frontCacheWarning("production", {})).toBe(frontCacheMissing);
    expect(frontCacheWarning("production", { atlasFrontCacheHooked: true })).toBeNull();
    expect(frontCacheWarning("development", {})).toBeNull();
    expect(frontCacheWarning("test", {})).toBeNull();
    expect(frontCacheMissing).toContain("npm start");
  });

  it("is silenced by the hook itself, as npm start preloads it", () => {
    const mark = execFileSync(
      process.execPath,
      ["--import=./scripts/front-cache-hook.mjs", "-e", "process.stdout.write(String(globalThis.atlasFrontCacheHooked))"],
      { encoding: "utf8" },
    );
    expect(mark).toBe("true");
  });
});
