// npm run db:restore -- <file>: restores a backup into the database the app is configured for
// (DATABASE_URL, which must be an empty database, else ATLAS_DATA_DIR, which must hold none yet).
// A restore never merges: restore into a new database or directory, check it, then switch to it.
import { backupTarget, describeTarget } from "../lib/backup/backup-plan";
import { restoreEmbedded } from "../lib/backup/embedded-backup";
import { BackupError } from "../lib/backup/pg-tools";
import { restorePostgres } from "../lib/backup/postgres-backup";
import { DataDirInUseError } from "../lib/embedded-lock";
import { EnvError, parseEnv } from "../lib/env";

const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file>   (into DATABASE_URL, or the embedded database in ATLAS_DATA_DIR)");
  process.exit(2);
}

try {
  const target = backupTarget(parseEnv(process.env));
  if (target.kind === "postgres") await restorePostgres(target.url, file);
  else await restoreEmbedded(target.dataDir, file);
  console.log(`Restored ${file} into ${describeTarget(target)}`);
} catch (error) {
  if (!(error instanceof BackupError || error instanceof DataDirInUseError || error instanceof EnvError)) throw error;
  console.error(`Restore failed: ${error.message}`);
  process.exit(1);
}
