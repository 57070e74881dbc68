// The audit log is append-only in the database itself (migration 20261121110000_audit_append_only):
// on the real PostgreSQL and on the embedded one, an insert works and UPDATE, DELETE and TRUNCATE
// fail, whoever connects (the app connects as the tables' owner), leaving every row as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/embedded-db";
import { applyMigrations } from "../../lib/migrate/apply-migrations";
import { createPrismaClient } from "../../lib/prisma-client";
import { withPgClient } from "../support/pg-client";
import { tableChecksums } from "../support/table-checksums";
import { useTestDatabase } from "../support/test-database";

function appendOnlyChecks(url: () => string) {
  it("accepts new rows, through Prisma as the app writes them", async () => {
    const prisma = createPrismaClient(url(), 2);
    try {
      await prisma.auditEvent.create({
        data: { actorLabel: "test", action: "create", entityType: "Program", entityId: "p-1", after: { a: 1 } },
      });
      await prisma.auditEvent.create({
        data: { actorLabel: "test", action: "update", entityType: "Program", entityId: "p-1", before: { a: 1 }, after: { a: 2 } },
      });
      expect(await prisma.auditEvent.count()).toBe(2);
      // Prisma's own update and delete hit the same wall.
      await expect(prisma.auditEvent.updateMany({ data: { actorLabel: "forged" } })).rejects.toThrow(/append-only/);
      await expect(prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    } finally {
      await prisma.$disconnect();
    }
  });

  it.each([
    ["UPDATE", `UPDATE "audit_event" SET "actor_label" = 'forged'`],
    ["UPDATE", `UPDATE "audit_event" SET "after" = NULL WHERE "entity_id" = 'p-1'`],
    ["DELETE", `DELETE FROM "audit_event"`],
    ["DELETE", `DELETE FROM "audit_event" WHERE "action" = 'update'`],
    ["TRUNCATE", `TRUNCATE "audit_event"`],
  ])("refuses %s and leaves every row unchanged: %s", async (operation, sql) => {
    await withPgClient(url(), async (client) => {
      const before = await tableChecksums(client);
      expect(before.audit_event).toMatch(/^2:/);
      await expect(client.query(sql)).rejects.toThrow(`audit_event is append-only: ${operation} refused`);
      expect(await tableChecksums(client)).toEqual(before);
    });
  });

  it("refuses a TRUNCATE cascading from the user table too", async () => {
    await withPgClient(url(), async (client) => {
      const before = await tableChecksums(client);
      await expect(client.query(`TRUNCATE "user" CASCADE`)).rejects.toThrow(/append-only: TRUNCATE refused/);
      expect(await tableChecksums(client)).toEqual(before);
    });
  });
}

describe("audit_event on a real PostgreSQL", () => {
  const { url } = useTestDatabase();
  appendOnlyChecks(() => url);
});

describe("audit_event on the embedded database (PGlite)", () => {
  let database: EmbeddedDatabase;
  beforeAll(async () => {
    database = await startEmbeddedDatabase();
    await withPgClient(database.url, (client) => applyMigrations(client));
  });
  afterAll(async () => {
    await database.stop();
  });
  appendOnlyChecks(() => database.url);
});
