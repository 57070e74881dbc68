// The app's data folder (the embedded database, its lock, the generated auth secret) is for the
// account that runs the app only: on a shared host, another account that could read or rewrite
// PGlite's table files could read password hashes or give itself the admin role.
import { chmod, mkdir, readdir } from "node:fs/promises";
import path from "node:path";

/** Owner-only bits for files and folders; umask 077 (scripts/start.ts) gives the same to new ones. */
export const privateUmask = 0o077;

/**
 * Creates `dir` (and missing parents) 0700, and takes group and other bits off everything already
 * under it: a folder made by an older version with default modes is tightened at the next start.
 */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await tighten(dir, true);
}

async function tighten(target: string, isDir: boolean): Promise<void> {
  await chmod(target, isDir ? 0o700 : 0o600);
  if (!isDir) return;
  for (const entry of await readdir(target, { withFileTypes: true })) {
    // A socket or link is left alone: chmod would follow a link out of the folder.
    if (entry.isDirectory() || entry.isFile()) await tighten(path.join(target, entry.name), entry.isDirectory());
  }
}
