import { describe, expect, it } from "vitest";
import { closestInSize } from "../../../scripts/bench/static-floor";

describe("closestInSize", () => {
  const files = [
    { path: "/_next/static/a.js", size: 3_500 },
    { path: "/_next/static/b.js", size: 22_000 },
    { path: "/_next/static/c.js", size: 234_000 },
  ];

  it("takes the built file nearest a target's size, by ratio", () => {
    expect(closestInSize(files, 20_000).path).toBe("/_next/static/b.js");
    expect(closestInSize(files, 177_000).path).toBe("/_next/static/c.js");
    expect(closestInSize(files, 1_000).path).toBe("/_next/static/a.js");
  });

  it("refuses an empty build", () => {
    expect(() => closestInSize([], 10)).toThrow(/npm run build/);
  });
});
