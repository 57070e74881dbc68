// `npm run user:create` as a newcomer runs it, in a child process against a real database.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { lockFileOf } from "../../lib/embedded-lock";
import { tableChecksums } from "../support/table-checksums";
import { useTestDatabase } from "../support/test-database";

const run = promisify(execFile);
const { db, url } = useTestDatabase();

async function userCreate(args: string[], env: Record<string, string | undefined> = {}) {
  const childEnv = { ...process.env, DATABASE_URL: url, ATLAS_USER_PASSWORD: undefined, ...env };
  try {
    const { stdout, stderr } = await run("node_modules/.bin/tsx", ["scripts/user-create.ts", ...args], {
      env: childEnv as NodeJS.ProcessEnv,
      timeout: 120_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe("npm run user:create", () => {
  it("creates an admin with an argon2id hash from ATLAS_USER_PASSWORD, and refuses the same email twice", async () => {
    const result = await userCreate(["--email", "First.Admin@example.org", "--role", "admin", "--name", "First Admin"], {
      ATLAS_USER_PASSWORD: "the first admin's passphrase",
    });
    expect(result.output).toContain("Created admin first.admin@example.org");
    expect(result.code).toBe(0);
    const user = await db.user.findUniqueOrThrow({ where: { email: "first.admin@example.org" }, include: { accounts: true } });
    expect(user).toMatchObject({ role: "admin", name: "First Admin" });
    expect(user.accounts[0]!.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await db.auditEvent.count({ where: { entityId: user.id, actorLabel: "cli", action: "create" } })).toBe(1);

    const again = await userCreate(["--email", "first.admin@example.org", "--role", "editor"], {
      ATLAS_USER_PASSWORD: "another long passphrase",
    });
    expect(again.code).not.toBe(0);
    expect(again.output).toContain("already exists");
  });

  it("refuses a password on the command line and creates nothing (other spellings: unit test)", async () => {
    const before = await tableChecksums(db);
    const result = await userCreate(["--email", "cli@example.org", "--role", "editor", "--password", "a long enough password"], {
      ATLAS_USER_PASSWORD: "a long enough password",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("Never pass a password on the command line");
    expect(await tableChecksums(db)).toEqual(before);
  });

  it("refuses a weak password, a bad email or role, and a missing password without a terminal", async () => {
    const before = await tableChecksums(db);
    const weak = await userCreate(["--email", "weak@example.org", "--role", "editor"], { ATLAS_USER_PASSWORD: "password123" });
    expect(weak.code).not.toBe(0);
    expect(weak.output).toContain("at least 15 characters");
    const bad = await userCreate(["--email", "nope", "--role", "owner"], { ATLAS_USER_PASSWORD: "a long enough password" });
    expect(bad.output).toMatch(/email: .*\n.*role: /s);
    const none = await userCreate(["--email", "nopass@example.org", "--role", "editor"]);
    expect(none.code).not.toBe(0);
    expect(none.output).toContain("ATLAS_USER_PASSWORD");
    expect(await tableChecksums(db)).toEqual(before);
  });

  it("says so when the embedded database is open in a running app, instead of opening it twice", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "atlas-cli-"));
    try {
      // The lock of a live process (this test runner's) on the data directory, as a running app holds it.
      writeFileSync(lockFileOf(path.join(dataDir, "pglite")), `${JSON.stringify({ pid: process.pid })}\n`);
      const result = await userCreate(["--email", "e@example.org", "--role", "admin"], {
        DATABASE_URL: "",
        ATLAS_DATA_DIR: dataDir,
        ATLAS_USER_PASSWORD: "a long enough password",
      });
      expect(result.code).not.toBe(0);
      expect(result.output).toMatch(/open in another process: is `npm run dev` or `npm start` running\?/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
