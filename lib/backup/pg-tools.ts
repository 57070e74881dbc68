// pg_dump and pg_restore: found where Debian keeps them, checked against the server's version,
// run without the password on their command line (where `ps` would show it).
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export class BackupError extends Error {}

// Debian keeps the client binaries of each installed version in /usr/lib/postgresql/<version>/bin
// (/usr/bin holds wrappers that pick one). The newest installed version reads every older server.
export function pgBinary(name: "pg_dump" | "pg_restore", root = "/usr/lib/postgresql"): string {
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.map((v) => path.join(root, v, "bin", name)).find((file) => existsSync(file)) ?? name;
}

/** The connection string with its password masked, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "*****";
    return parsed.toString();
  } catch {
    return "(unparsable connection string)";
  }
}

/** The tools' view of `url`: the password moves to PGPASSWORD, out of the argument list. */
export function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv; password: string } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  return { dbname: parsed.toString(), env, password };
}

/** `pg_dump (PostgreSQL) 15.14 (Debian …)` → 15. */
export function majorOfToolVersion(output: string): number {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(output);
  if (!match) throw new BackupError(`Cannot read a PostgreSQL version from: ${output.trim()}`);
  return Number(match[1]);
}

/** pg_dump must be as new as the server (PostgreSQL's rule): say so plainly if it is not. */
export function assertToolCanDump(tool: string, toolMajor: number, serverMajor: number): void {
  if (toolMajor >= serverMajor) return;
  throw new BackupError(
    `${tool} is PostgreSQL ${toolMajor} but the server is PostgreSQL ${serverMajor}: a dump needs pg_dump ${serverMajor} or newer. ` +
      `Install postgresql-client-${serverMajor} (or newer) and try again.`,
  );
}

export async function toolMajor(binary: string): Promise<number> {
  try {
    return majorOfToolVersion((await run(binary, ["--version"])).stdout);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${path.basename(binary)} not found: install the PostgreSQL client tools (Debian: postgresql-client).`);
  }
}

/** Runs a tool against `url`; a failure's message carries its stderr, the password masked. */
export async function runPgTool(binary: string, args: string[], url: string): Promise<void> {
  const { dbname, env, password } = connectionFor(url);
  try {
    await run(binary, [...args, `--dbname=${dbname}`], { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message);
    const masked = password ? stderr.replaceAll(password, "*****") : stderr;
    throw new BackupError(`${path.basename(binary)} failed on ${redactUrl(url)}:\n${masked.trim()}`);
  }
}
