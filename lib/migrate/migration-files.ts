import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export type MigrationFile = { name: string; sql: string; checksum: string };

export const defaultMigrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

// Prisma's checksum is the hex SHA-256 of migration.sql's bytes; matching it is what lets
// `prisma migrate status` on a connected machine accept the history we wrote.
export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** Migrations in Prisma's layout (`<timestamp>_<name>/migration.sql`), in the order Prisma applies them. */
export async function readMigrations(dir = defaultMigrationsDir): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}
