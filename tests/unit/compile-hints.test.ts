import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";
import { compileHint, hintStartupChunks, withCompileHint } from "../../scripts/compile-hints";

/** A build's output folder as `next build` leaves it: the manifest, the framework's chunks and one page chunk. */
function buildOutput(rootMainFiles: string[]): string {
  const project = mkdtempSync(path.join(tmpdir(), "hints-"));
  mkdirSync(path.join(project, ".next/static/chunks"), { recursive: true });
  writeFileSync(path.join(project, ".next/build-manifest.json"), JSON.stringify({ rootMainFiles, polyfillFiles: [] }));
  for (const file of ["framework.js", "runtime.js", "page.js"])
    writeFileSync(path.join(project, ".next/static/chunks", file), `(()=>{/*${file}*/})();`);
  return project;
}
const chunk = (project: string, file: string) => readFileSync(path.join(project, ".next/static/chunks", file), "utf8");

describe("the compile hint on the framework's start-up chunks", () => {
  it("is the file's first line, added once", () => {
    expect(withCompileHint("(()=>{})();")).toBe(`${compileHint}\n(()=>{})();`);
    expect(withCompileHint(withCompileHint("(()=>{})();"))).toBe(`${compileHint}\n(()=>{})();`);
  });

  it("is given to exactly the chunks every page loads at start, whatever the folder is called", async () => {
    const project = buildOutput(["static/chunks/framework.js", "static/chunks/runtime.js"]);
    const hinted = await hintStartupChunks({ projectDir: project, distDir: path.join(project, ".next") });
    expect(hinted.map((file) => path.basename(file)).sort()).toEqual(["framework.js", "runtime.js"]);
    expect(chunk(project, "framework.js")).toBe(`${compileHint}\n(()=>{/*framework.js*/})();`);
    expect(chunk(project, "runtime.js").startsWith(`${compileHint}\n`)).toBe(true);
    expect(chunk(project, "page.js")).toBe("(()=>{/*page.js*/})();");
    await hintStartupChunks({ projectDir: project, distDir: ".next" });
    expect(chunk(project, "framework.js")).toBe(`${compileHint}\n(()=>{/*framework.js*/})();`);
  });

  it("fails the build when the manifest names no start-up chunk", async () => {
    await expect(hintStartupChunks({ projectDir: buildOutput([]), distDir: ".next" })).rejects.toThrow(/rootMainFiles/);
  });

  it("runs inside `next build`, after compiling", async () => {
    const project = buildOutput(["static/chunks/framework.js"]);
    await nextConfig.compiler!.runAfterProductionCompile!({ projectDir: project, distDir: path.join(project, ".next") });
    expect(chunk(project, "framework.js").startsWith(`${compileHint}\n`)).toBe(true);
  });
});
