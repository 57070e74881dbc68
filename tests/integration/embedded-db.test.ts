import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "../../lib/embedded-db";
import { applyMigrations } from "../../lib/migrate/apply-migrations";
import { createPrismaClient } from "../../lib/prisma-client";
import { createSource } from "../factories/records";
import { withPgClient } from "../support/pg-client";

const dataDir = mkdtempSync(path.join(tmpdir(), "atlas-embedded-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const migrate = (url: string) => withPgClient(url, (client) => applyMigrations(client));

describe("the embedded database", () => {
  it("keeps its data across a restart and does not migrate twice", async () => {
    const first = await startEmbeddedDatabase({ dataDir });
    expect((await migrate(first.url)).length).toBeGreaterThan(0);
    const prisma = createPrismaClient(first.url, 2);
    const source = await createSource(prisma, { publisher: "Kept across restarts" });
    await prisma.$disconnect();
    await first.stop();

    const second = await startEmbeddedDatabase({ dataDir });
    try {
      expect(await migrate(second.url)).toEqual([]);
      const again = createPrismaClient(second.url, 2);
      const found = await again.source.findUnique({ where: { id: source.id } });
      await again.$disconnect();
      expect(found?.publisher).toBe("Kept across restarts");
    } finally {
      await second.stop();
    }
  });

  it("serves concurrent writers from several connections", async () => {
    const database = await startEmbeddedDatabase();
    try {
      await migrate(database.url);
      const prisma = createPrismaClient(database.url, 10);
      await Promise.all(Array.from({ length: 20 }, (_, i) => createSource(prisma, { publisher: `Writer ${i}` })));
      expect(await prisma.source.count()).toBe(20);
      await prisma.$disconnect();
    } finally {
      await database.stop();
    }
  });
});
