import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "../../lib/embedded-db";
import { applyMigrations, MigrationError } from "../../lib/migrate/apply-migrations";
import { checksumOf, readMigrations } from "../../lib/migrate/migration-files";
import { diagnoseHistory, diffDatabaseToSchema, schemaPath } from "../../lib/migrate/schema-engine";
import { createPrismaClient } from "../../lib/prisma-client";
import { withPgClient } from "../support/pg-client";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

describe("migrations on a real PostgreSQL", () => {
  it("migrates an empty database to exactly what schema.prisma describes", async () => {
    database = await createTestDatabase();
    const files = await readMigrations();
    const applied = await withPgClient(database.url, (client) => applyMigrations(client));
    expect(applied).toEqual(files.map((f) => f.name));
    // Prisma's own engine compares the database with the schema: models, columns, types,
    // nullability, defaults, enums, indexes and foreign keys. Any difference is SQL here.
    expect(await diffDatabaseToSchema(database.url)).toBe("");
  });

  it("fails when schema.prisma gains a field that no migration adds", async () => {
    database = await createTestDatabase({ migrated: true });
    const schema = await readFile(schemaPath, "utf8");
    const changed = schema.replace(/(model Program \{\n)/, '$1  budgetNote String? @map("budget_note")\n');
    expect(changed).not.toBe(schema);
    const drift = await diffDatabaseToSchema(database.url, changed);
    expect(drift).toMatch(/ALTER TABLE "program" ADD COLUMN\s+"budget_note" TEXT/);
  });

  it("records history as Prisma does, so `prisma migrate status` sees an up-to-date database", async () => {
    database = await createTestDatabase({ migrated: true });
    const files = await readMigrations();
    const rows = await withPgClient(
      database.url,
      async (client) =>
        (
          await client.query(
            `SELECT migration_name, checksum, finished_at, applied_steps_count, logs FROM "_prisma_migrations" ORDER BY migration_name`,
          )
        ).rows,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
      files.map((f) => [f.name, checksumOf(f.sql), 1]),
    );
    expect(rows.every((r) => r.finished_at instanceof Date && r.logs === null)).toBe(true);
    const status = await diagnoseHistory(database.url);
    expect(status).toMatchObject({ history: null, failedMigrationNames: [], editedMigrationNames: [], hasMigrationsTable: true });
  });

  it("applies nothing the second time", async () => {
    database = await createTestDatabase({ migrated: true });
    expect(await withPgClient(database.url, (client) => applyMigrations(client))).toEqual([]);
  });

  it("refuses a migration edited after it was applied, and one that fails leaves nothing behind", async () => {
    database = await createTestDatabase({ migrated: true });
    const files = await readMigrations();
    const edited = files.map((f, i) => (i === 0 ? { ...f, sql: `${f.sql}\n-- edited`, checksum: checksumOf(`${f.sql}\n-- edited`) } : f));
    await expect(withPgClient(database.url, (client) => applyMigrations(client, edited))).rejects.toThrow(MigrationError);

    const broken = [...files, { name: "99999999999999_broken", sql: "CREATE TABLE half_done (id int); SELECT 1/0;", checksum: "x" }];
    await expect(withPgClient(database.url, (client) => applyMigrations(client, broken))).rejects.toThrow(/99999999999999_broken failed/);
    const leftovers = await withPgClient(
      database.url,
      async (client) => (await client.query(`SELECT to_regclass('half_done') AS t`)).rows[0].t,
    );
    expect(leftovers).toBeNull();
    await expect(withPgClient(database.url, (client) => applyMigrations(client))).rejects.toThrow(/failed earlier/);
  });
});

describe("destructive migrations at apply time", () => {
  it("refuses a pending destructive migration without approval, applying nothing, and applies it once approved", async () => {
    database = await createTestDatabase({ migrated: true });
    const files = await readMigrations();
    const harmless = { name: "99999999999998_add_note", sql: `ALTER TABLE "program" ADD COLUMN "note" TEXT;`, checksum: "a" };
    const drop = `ALTER TABLE "program" DROP COLUMN "summary";`;
    const unapproved = { name: "99999999999999_drop_summary", sql: drop, checksum: "b" };
    await expect(withPgClient(database.url, (client) => applyMigrations(client, [...files, harmless, unapproved]))).rejects.toThrow(
      /Nothing applied\. Migration 99999999999999_drop_summary is destructive .*\n.*DROP COLUMN/,
    );
    const columns = async () =>
      withPgClient(database!.url, async (client) =>
        (
          await client.query(
            `SELECT column_name FROM information_schema.columns WHERE table_name = 'program' AND ` +
              `column_name IN ('note', 'summary') ORDER BY 1`,
          )
        ).rows.map((r) => r.column_name),
      );
    expect(await columns()).toEqual(["summary"]);

    const approved = { ...unapproved, sql: `-- atlas:approve-destructive: the test drops what it added\n${drop}` };
    expect(await withPgClient(database.url, (client) => applyMigrations(client, [...files, harmless, approved]))).toEqual([
      harmless.name,
      approved.name,
    ]);
    expect(await columns()).toEqual(["note"]);
  });
});

describe("migrations on the embedded database", () => {
  it("migrates PGlite with the same files and serves Prisma through adapter-pg", async () => {
    const embedded = await startEmbeddedDatabase();
    try {
      const applied = await withPgClient(embedded.url, (client) => applyMigrations(client));
      expect(applied.length).toBe((await readMigrations()).length);
      const prisma = createPrismaClient(embedded.url, 2);
      try {
        expect(await prisma.program.count()).toBe(0);
      } finally {
        await prisma.$disconnect();
      }
    } finally {
      await embedded.stop();
    }
  });
});
