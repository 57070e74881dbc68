// On a shared host the embedded database must be this account's alone: its data folder 0700 with
// nothing under it open to group or others (tightened at start when an older version left it
// open), and no TCP port: its socket server accepts any user and password.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "../../lib/embedded-db";
import { ensurePrivateDir, privateUmask } from "../../lib/security/private-dir";

const root = mkdtempSync(path.join(tmpdir(), "atlas-modes-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every path under `dir` (itself included) whose mode lets group or others in, with its mode. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  const walk = (target: string) => {
    const stat = statSync(target);
    if ((stat.mode & 0o077) !== 0) found.push(`${path.relative(root, target)} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of readdirSync(target)) walk(path.join(target, name));
  };
  walk(dir);
  return found;
}

describe("the embedded database's files", () => {
  it("are created owner-only: the data folder 0700, no file readable by group or others", async () => {
    const dataDir = path.join(root, "fresh", ".data");
    const previous = process.umask(privateUmask);
    try {
      await ensurePrivateDir(dataDir);
      const database = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite") });
      await database.stop();
    } finally {
      process.umask(previous);
    }
    expect((statSync(dataDir).mode & 0o777).toString(8)).toBe("700");
    expect(readdirSync(path.join(dataDir, "pglite")).length).toBeGreaterThan(5);
    expect(openToOthers(dataDir)).toEqual([]);
  });

  it("tightens a folder an older version left open", async () => {
    const dataDir = path.join(root, "old", ".data");
    mkdirSync(path.join(dataDir, "pglite", "base"), { recursive: true, mode: 0o755 });
    writeFileSync(path.join(dataDir, "pglite", "base", "1259"), "table file", { mode: 0o666 });
    writeFileSync(path.join(dataDir, "auth-secret"), "secret", { mode: 0o644 });
    chmodSync(path.join(dataDir, "pglite", "base", "1259"), 0o666);
    chmodSync(dataDir, 0o755);
    expect(openToOthers(dataDir).length).toBe(5);
    await ensurePrivateDir(dataDir);
    expect(openToOthers(dataDir)).toEqual([]);
  });

  it("is served on a Unix socket in an owner-only folder, not on a TCP port", async () => {
    const database = await startEmbeddedDatabase();
    try {
      const url = new URL(database.url);
      const socketDir = url.searchParams.get("host")!;
      expect(url.port).toBe("");
      expect((statSync(socketDir).mode & 0o777).toString(8)).toBe("700");
      expect(statSync(path.join(socketDir, ".s.PGSQL.5432")).isSocket()).toBe(true);
    } finally {
      await database.stop();
    }
  });
});
