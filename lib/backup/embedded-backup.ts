// Backup and restore of the embedded database (PGlite): its whole data directory as a gzipped
// tarball (PGlite's dumpDataDir / loadDataDir). Taken offline: the directory's lock refuses while
// an app holds it, because PGlite serves one process and a copy taken under a writer could be torn.
import { existsSync } from "node:fs";
import { chmod, mkdir, open, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { openDataDir } from "../embedded-db";
import { BackupError } from "./pg-tools";

/** Writes a tarball of the embedded database in `dataDir` to `file`. */
export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) throw new BackupError(`No embedded database in ${dataDir}.`);
  const db = await openDataDir(dataDir);
  try {
    const tarball = await db.pglite.dumpDataDir("gzip");
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    // A backup holds password hashes and sealed two-factor secrets: the owner's alone (chmod too,
    // for a file that already existed with wider modes).
    await writeFile(file, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
    await chmod(file, 0o600);
  } finally {
    await db.close();
  }
}

/** Fills `dataDir`, which must not exist or be empty, from a tarball made by backupEmbedded. */
export async function restoreEmbedded(dataDir: string, file: string): Promise<void> {
  await assertTarball(file);
  const entries = existsSync(dataDir) ? await readdir(dataDir) : [];
  if (entries.length > 0) {
    throw new BackupError(
      `Refusing to restore into ${dataDir}: it already holds a database. Restore into a new directory (ATLAS_DATA_DIR), then switch to it.`,
    );
  }
  const tarball = new Blob([await readFile(file)], { type: "application/x-gzip" });
  const db = await openDataDir(dataDir, { loadDataDir: tarball });
  await db.close();
}

async function assertTarball(file: string): Promise<void> {
  const handle = await open(file, "r").catch(() => {
    throw new BackupError(`No backup file at ${file}.`);
  });
  try {
    const { buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    if (buffer[0] !== 0x1f || buffer[1] !== 0x8b) {
      throw new BackupError(`${file} is not an embedded-database backup (a pg_dump file? Then set DATABASE_URL to restore it).`);
    }
  } finally {
    await handle.close();
  }
}
