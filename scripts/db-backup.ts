// npm run db:backup [-- --out <file>]: a backup of the database the app uses (DATABASE_URL with
// pg_dump -Fc, else the embedded database in ATLAS_DATA_DIR, which must not be running).
import { backupEmbedded } from "../lib/backup/embedded-backup";
import { backupTarget, defaultBackupFile, describeTarget, optionValue } from "../lib/backup/backup-plan";
import { BackupError } from "../lib/backup/pg-tools";
import { backupPostgres } from "../lib/backup/postgres-backup";
import { DataDirInUseError } from "../lib/embedded-lock";
import { EnvError, parseEnv } from "../lib/env";

try {
  const target = backupTarget(parseEnv(process.env));
  const file = optionValue(process.argv.slice(2), "--out") ?? defaultBackupFile(target);
  if (target.kind === "postgres") await backupPostgres(target.url, file);
  else await backupEmbedded(target.dataDir, file);
  console.log(`Backed up ${describeTarget(target)} to ${file}`);
} catch (error) {
  if (!(error instanceof BackupError || error instanceof DataDirInUseError || error instanceof EnvError)) throw error;
  console.error(`Backup failed: ${error.message}`);
  process.exit(1);
}
