// Fails the build when a security-critical package is installed below its patched floor
// (lib/security/version-floors.ts). Reads what is INSTALLED, not what package.json asks for: a
// lockfile or a stale node_modules can hold an older version than the range suggests.
import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { isBelowFloor, versionFloors } from "../../../lib/security/version-floors";

function installedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve("node_modules", name, "package.json"), "utf8")) as { version?: unknown };
  if (typeof manifest.version !== "string") throw new Error(`node_modules/${name}/package.json has no version`);
  return manifest.version;
}

describe("security version floors", () => {
  it("lists next, react, react-dom and better-auth, each with a valid floor and its advisories", () => {
    expect(versionFloors.map((f) => f.name).sort()).toEqual(["better-auth", "next", "react", "react-dom"]);
    for (const f of versionFloors) {
      expect(semver.valid(f.floor), f.name).not.toBeNull();
      expect(f.advisories.length, f.name).toBeGreaterThan(20);
    }
  });

  it.each(versionFloors.map((f) => [f.name, f] as const))("%s is installed at or above its floor", (_name, f) => {
    const version = installedVersion(f.name);
    expect(isBelowFloor(version, f.floor), `${f.name} ${version} is below ${f.floor}: ${f.advisories}`).toBe(false);
  });

  it("the comparison fails below a floor, and for prereleases of it or junk", () => {
    expect(isBelowFloor("16.3.7", "16.3.8")).toBe(true);
    expect(isBelowFloor("16.3.8-canary.3", "16.3.8")).toBe(true);
    expect(isBelowFloor("15.9.99", "16.3.8")).toBe(true);
    expect(isBelowFloor("not-a-version", "16.3.8")).toBe(true);
    expect(isBelowFloor("16.3.8", "16.3.8")).toBe(false);
    expect(isBelowFloor("16.4.5", "16.3.8")).toBe(false);
  });

  it("a version each advisory affects is below its floor (next and better-auth as installed before)", () => {
    const before: Record<string, string> = { next: "16.4.5", react: "19.3.0", "react-dom": "19.3.0", "better-auth": "1.7.15" };
    for (const f of versionFloors) expect(isBelowFloor(before[f.name] ?? "", f.floor), f.name).toBe(true);
  });
});
