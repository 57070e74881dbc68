import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { findFreePort } from "../../lib/embedded-db";

// The launcher must end with one clear sentence, never a stack trace or the connection string.
function start(databaseUrl: string) {
  const result = spawnSync("npx", ["tsx", "scripts/start.ts", "dev"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: "3999" },
    encoding: "utf8",
    timeout: 60_000,
  });
  const output = `${result.stdout}${result.stderr}`.split("\n").filter((line) => line.trim() && !line.includes("npm warn"));
  return { status: result.status, output };
}

describe("starting with a bad DATABASE_URL", () => {
  it("names a malformed URL in one sentence", () => {
    const { status, output } = start("mysql://nope");
    expect(status).toBe(1);
    expect(output).toEqual([
      "Compute Atlas cannot start: DATABASE_URL: DATABASE_URL must look like postgresql://user:password@host:5432/database",
    ]);
  });

  it("names an unreachable server without leaking the password", async () => {
    const port = await findFreePort();
    const { status, output } = start(`postgresql://atlas:s3cret-pw@127.0.0.1:${port}/atlas`);
    expect(status).toBe(1);
    expect(output).toHaveLength(1);
    expect(output[0]).toContain(`Cannot reach PostgreSQL at 127.0.0.1:${port}: the connection was refused`);
    expect(output.join("\n")).not.toContain("s3cret-pw");
  });
});
