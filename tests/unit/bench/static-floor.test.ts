import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fillFloorFile, floorFile, prepareFloorFiles, removeFloorFiles } from "../../../scripts/bench/static-floor";

const scratch = () => path.join(mkdtempSync(path.join(tmpdir(), "floor-")), "bench-floor");

describe("static floor files", () => {
  it("are served under /_next/static/, one per target", () => {
    expect(floorFile(2, ".next/static/bench-floor")).toEqual({
      url: "/_next/static/bench-floor/2.html",
      file: path.join(".next/static/bench-floor", "2.html"),
    });
  });

  it("exist, empty, before the server starts (Next lists the folder then), and only those", () => {
    const dir = scratch();
    prepareFloorFiles(2, dir);
    fillFloorFile(1, Buffer.from("left from a run"), dir);
    prepareFloorFiles(3, dir);
    expect(readdirSync(dir).sort()).toEqual(["0.html", "1.html", "2.html"]);
    expect(readFileSync(floorFile(1, dir).file).length).toBe(0);
  });

  it("hold the target's own bytes, so its exact size", () => {
    const dir = scratch();
    prepareFloorFiles(1, dir);
    const body = Buffer.from("<p>Données — “publiques”…</p>");
    expect(fillFloorFile(0, body, dir)).toEqual({ path: "/_next/static/bench-floor/0.html", size: body.length });
    expect(readFileSync(floorFile(0, dir).file).equals(body)).toBe(true);
    removeFloorFiles(dir);
    expect(existsSync(dir)).toBe(false);
  });
});
