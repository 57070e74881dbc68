// The backup drill on PostgreSQL (checklist #40): a seeded database → pg_dump -Fc → pg_restore into
// a new, empty database → every table (from the catalogue) has the same rows, the history says
// nothing is pending, and the audit log is still append-only.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BackupError, redactUrl } from "../../lib/backup/pg-tools";
import { backupPostgres, restorePostgres } from "../../lib/backup/postgres-backup";
import { applyMigrations } from "../../lib/migrate/apply-migrations";
import { diagnoseHistory } from "../../lib/migrate/schema-engine";
import { tableChecksums } from "../support/table-checksums";
import { withPgClient } from "../support/pg-client";
import { createTestDatabase, useTestDatabase, type TestDatabase } from "../support/test-database";

const dir = mkdtempSync(path.join(tmpdir(), "atlas-backup-"));
const dumpFile = path.join(dir, "atlas.dump");
const original = useTestDatabase({ seeded: true });
const scratch: TestDatabase[] = [];

afterAll(async () => {
  await Promise.all(scratch.map((db) => db.drop()));
  rmSync(dir, { recursive: true, force: true });
});

const withPassword = (url: string, password: string) => {
  const next = new URL(url);
  next.password = password;
  return next.toString();
};

describe("backup and restore of PostgreSQL", () => {
  it("restores a dump into a scratch database with every table's rows equal and nothing pending", async () => {
    const before = await withPgClient(original.url, (client) => tableChecksums(client));
    expect(Object.keys(before)).toContain("_prisma_migrations");
    expect(before.program).toMatch(/^5:/);
    // The test server trusts loopback, so a password is ignored here; it must still never show.
    await backupPostgres(withPassword(original.url, "s3cret-pw"), dumpFile);
    expect((statSync(dumpFile).mode & 0o777).toString(8)).toBe("600");

    const target = await createTestDatabase();
    scratch.push(target);
    await restorePostgres(target.url, dumpFile);
    expect(await withPgClient(target.url, (client) => tableChecksums(client))).toEqual(before);
    expect(await withPgClient(target.url, (client) => applyMigrations(client))).toEqual([]);
    expect(await diagnoseHistory(target.url)).toMatchObject({ history: null, failedMigrationNames: [], editedMigrationNames: [] });
    await expect(withPgClient(target.url, (client) => client.query(`DELETE FROM "audit_event"`))).rejects.toThrow(/append-only/);
  });

  it("refuses to restore into a database that is not empty, changing nothing", async () => {
    const before = await withPgClient(original.url, (client) => tableChecksums(client));
    await expect(restorePostgres(original.url, dumpFile)).rejects.toThrow(/not empty .*_prisma_migrations/);
    expect(await withPgClient(original.url, (client) => tableChecksums(client))).toEqual(before);
  });

  it("leaves an empty database empty when the dump is not one, and never prints a password", async () => {
    const target = await createTestDatabase();
    scratch.push(target);
    const notADump = path.join(dir, "not-a-dump");
    await import("node:fs/promises").then((fs) => fs.writeFile(notADump, "PGDMP but truncated"));
    const error = await restorePostgres(withPassword(target.url, "s3cret-pw"), notADump).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect(String(error)).toMatch(/pg_restore failed on postgresql:\/\/postgres:\*\*\*\*\*@/);
    expect(String(error)).not.toContain("s3cret-pw");
    const tables = await withPgClient(
      target.url,
      async (client) => (await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n,
    );
    expect(tables).toBe(0);
    expect(redactUrl("postgresql://atlas:p%40ss@db:5432/atlas")).toBe("postgresql://atlas:*****@db:5432/atlas");
  });

  it("names the file when it is no pg_dump archive", async () => {
    const target = await createTestDatabase();
    scratch.push(target);
    const tarball = path.join(dir, "x.pglite.tar.gz");
    await import("node:fs/promises").then((fs) => fs.writeFile(tarball, Buffer.from([0x1f, 0x8b, 0, 0])));
    await expect(restorePostgres(target.url, tarball)).rejects.toThrow(/not a pg_dump custom-format file/);
  });
});
