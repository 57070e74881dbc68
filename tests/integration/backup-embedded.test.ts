// The backup drill on the embedded database: a seeded data directory → tarball → restored into a
// new directory → every table (from the catalogue) has the same rows and nothing is pending.
// The backup refuses while the database is open, and a restore never overwrites a database.
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupEmbedded, restoreEmbedded } from "../../lib/backup/embedded-backup";
import { startEmbeddedDatabase } from "../../lib/embedded-db";
import { DataDirInUseError } from "../../lib/embedded-lock";
import { applyMigrations } from "../../lib/migrate/apply-migrations";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedDatabase } from "../../lib/seed/seed-database";
import { tableChecksums, type Checksums } from "../support/table-checksums";
import { withPgClient } from "../support/pg-client";

const root = mkdtempSync(path.join(tmpdir(), "atlas-embedded-backup-"));
const original = path.join(root, "original");
const tarball = path.join(root, "backups", "atlas.pglite.tar.gz");
let before: Checksums;

beforeAll(async () => {
  const database = await startEmbeddedDatabase({ dataDir: original });
  try {
    await withPgClient(database.url, (client) => applyMigrations(client));
    const prisma = createPrismaClient(database.url, 2);
    await seedDatabase(prisma);
    await prisma.$disconnect();
    before = await withPgClient(database.url, (client) => tableChecksums(client));
    // While the app (here: this database) has the directory open, a backup is refused.
    await expect(backupEmbedded(original, tarball)).rejects.toThrow(DataDirInUseError);
  } finally {
    await database.stop();
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("backup and restore of the embedded database", () => {
  it("restores a backup into a new directory with every table's rows equal and nothing pending", async () => {
    expect(Object.keys(before)).toContain("_prisma_migrations");
    expect(before.program).toMatch(/^5:/);
    await backupEmbedded(original, tarball);
    // It holds password hashes: the owner's alone, whatever the umask.
    expect((statSync(tarball).mode & 0o777).toString(8)).toBe("600");

    const restored = path.join(root, "restored");
    await restoreEmbedded(restored, tarball);
    const database = await startEmbeddedDatabase({ dataDir: restored });
    try {
      await withPgClient(database.url, async (client) => {
        expect(await tableChecksums(client)).toEqual(before);
        expect(await applyMigrations(client)).toEqual([]);
        await expect(client.query(`UPDATE "audit_event" SET "actor_label" = 'x'`)).rejects.toThrow(/append-only/);
      });
    } finally {
      await database.stop();
    }
  });

  it("refuses to restore over a database, leaving it as it was", async () => {
    await expect(restoreEmbedded(original, tarball)).rejects.toThrow(/already holds a database/);
    const database = await startEmbeddedDatabase({ dataDir: original });
    try {
      expect(await withPgClient(database.url, (client) => tableChecksums(client))).toEqual(before);
    } finally {
      await database.stop();
    }
  });

  it("refuses a file that is no embedded backup, and a directory without a database", async () => {
    const dump = path.join(root, "x.dump");
    writeFileSync(dump, "PGDMP...");
    await expect(restoreEmbedded(path.join(root, "never"), dump)).rejects.toThrow(/not an embedded-database backup/);
    await expect(backupEmbedded(path.join(root, "nothing-here"), path.join(root, "y.tar.gz"))).rejects.toThrow(/No embedded database/);
  });
});
