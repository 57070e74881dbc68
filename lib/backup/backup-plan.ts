// Which database `npm run db:backup` / `db:restore` work on (the one the app would use: DATABASE_URL,
// else the embedded one in ATLAS_DATA_DIR), and where a backup goes by default.
import path from "node:path";
import type { Env } from "../env";
import { redactUrl } from "./pg-tools";

export type BackupTarget = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };

export function backupTarget(env: Pick<Env, "DATABASE_URL" | "ATLAS_DATA_DIR">): BackupTarget {
  // The same directory lib/launch/prepare-database.ts opens.
  return env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL }
    : { kind: "embedded", dataDir: path.resolve(env.ATLAS_DATA_DIR, "pglite") };
}

export function describeTarget(target: BackupTarget): string {
  if (target.kind === "postgres") return `PostgreSQL ${redactUrl(target.url)}`;
  const relative = path.relative(process.cwd(), target.dataDir);
  return `the embedded database in ${relative && !relative.startsWith("..") ? relative : target.dataDir}`;
}

/** backups/atlas-20261121T105700Z.dump (PostgreSQL) or …pglite.tar.gz (embedded). */
export function defaultBackupFile(target: BackupTarget, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return path.join("backups", `atlas-${stamp}${target.kind === "postgres" ? ".dump" : ".pglite.tar.gz"}`);
}

/** The value after `--name` in argv, or undefined; a flag without its value is an error. */
export function optionValue(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at === -1) return undefined;
  const value = argv[at + 1];
  if (!value || value.startsWith("--")) throw new Error(`${name} needs a value`);
  return value;
}
