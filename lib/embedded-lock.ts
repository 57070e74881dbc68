// Who holds an embedded data directory: `<dataDir>.lock` (next to it, so that a backup tarball of
// the directory never carries a lock) holds the holder's process id. PGlite has no lock of its
// own, and two processes writing one directory would corrupt it: a second `npm start`, or a
// backup taken while the app runs.
//
// A lock whose process is gone is stale (the app was killed: SIGKILL, power loss, OOM) and is
// taken over, so a crash never keeps the database from starting again. A lock held by a live
// process is refused with what to do. (After a reboot a stale lock may name a process id reused
// by an unrelated program; the message says how to remove it by hand.)
import { link, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

export class DataDirInUseError extends Error {}

export const lockFileOf = (dataDir: string) => `${path.resolve(dataDir)}.lock`;

/** Takes the lock on `dataDir`; the returned function releases it. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = lockFileOf(dataDir);
  // Written aside, then linked into place: link() fails if the lock exists, and a lock file is
  // never seen half-written.
  const draft = `${file}.${process.pid}`;
  await writeFile(draft, `${JSON.stringify({ pid: process.pid, since: new Date().toISOString() })}\n`);
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (await linked(draft, file)) return () => unlink(file).catch(() => {});
      const holder = await lockHolder(file);
      if (holder !== undefined && isAlive(holder)) throw inUse(dataDir, file, holder);
      await unlink(file).catch(() => {});
    }
  } finally {
    await unlink(draft).catch(() => {});
  }
  throw new DataDirInUseError(`Could not lock ${dataDir}: another process took ${file} at the same moment.`);
}

async function linked(draft: string, file: string): Promise<boolean> {
  try {
    await link(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

function inUse(dataDir: string, file: string, holder: number): DataDirInUseError {
  const who = holder === process.pid ? "this process" : `process ${holder}`;
  return new DataDirInUseError(
    `The embedded database in ${dataDir} is in use by ${who} (a running app?). Stop it first. ` +
      `If no app runs, remove ${file} and try again.`,
  );
}

async function lockHolder(file: string): Promise<number | undefined> {
  try {
    const pid = Number((JSON.parse(await readFile(file, "utf8")) as { pid?: unknown }).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined; // unreadable (emptied by hand, a disk error): nobody can be said to hold it
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}
