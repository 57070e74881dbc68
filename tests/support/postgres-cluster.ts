// A throwaway PostgreSQL cluster from the installed server binaries (initdb, pg_ctl), in a
// temporary directory, on a free loopback port. The server refuses to run as root, so as root we
// run it as the `postgres` user.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findFreePort } from "../../lib/embedded-db";

/**
 * stop() ends the server and deletes its files. halt() stops it the way an operator would
 * (`pg_ctl stop -m fast`: connections are cut, the data stays) and restart() starts it again on the
 * same port and data directory, for tests of an outage while the app runs.
 */
export type Cluster = { url: string; port: number; stop(): void; halt(): void; restart(): void };

const isRoot = process.getuid?.() === 0;

// Debian keeps the server binaries out of PATH (in /usr/lib/postgresql/<version>/bin); some
// images link them into PATH. Take the newest installed version, else whatever PATH has.
function serverBinary(name: string): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => path.join(root, v, "bin", name)).find((file) => existsSync(file));
  return found ?? name;
}

function run(command: string, args: string[]): void {
  const binary = serverBinary(command);
  const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
  execFileSync(file, argv, { stdio: ["ignore", "ignore", "pipe"] });
}

export async function startCluster(): Promise<Cluster> {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-pg-"));
  chmodSync(dir, 0o777);
  const dataDir = path.join(dir, "data");
  const port = await findFreePort();
  run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale"]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c full_page_writes=off -c synchronous_commit=off`;
  const start = () => run("pg_ctl", ["-D", dataDir, "-o", options, "-l", path.join(dir, "server.log"), "-w", "start"]);
  start();
  return {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    halt() {
      run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
    },
    restart: start,
    stop() {
      try {
        // Already halted: there is no server to stop, only files to delete.
        if (existsSync(path.join(dataDir, "postmaster.pid"))) run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
