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

  // pglite-socket interleaves extended-protocol messages from concurrent connections
  // (electric-sql/pglite#1046): one connection's Bind can meet another's Parse, failing
  // ("bind message supplies 4 parameters, but prepared statement "" requires 2") or answering with
  // another query's rows. The client for the embedded database must therefore use one connection.
  it("answers many concurrent, differently-parameterised reads each with its own rows", async () => {
    const database = await startEmbeddedDatabase();
    const prisma = createPrismaClient(database.url, 10);
    try {
      const read = (i: number) =>
        i % 2 === 0
          ? prisma.$queryRaw<{ n: number }[]>`SELECT ${i}::int AS n`
          : prisma.$queryRaw<{ n: number }[]>`SELECT (${i}::int + ${0}::int + ${0}::int + ${0}::int) AS n`;
      // A desynchronised connection can also leave a read unanswered: give up on it after 15 s.
      const unanswered = () => new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no answer")), 15_000).unref());
      const reads = Array.from({ length: 300 }, (_, i) => Promise.race([read(i).then((rows) => rows[0]?.n), unanswered()]));
      const answers = await Promise.allSettled(reads);
      const wrong = answers.flatMap((answer, i) =>
        answer.status === "fulfilled" && answer.value === i
          ? []
          : [`read ${i}: ${answer.status === "fulfilled" ? answer.value : String(answer.reason).slice(0, 120)}`],
      );
      expect(wrong).toEqual([]);
    } finally {
      await prisma.$disconnect();
      await database.stop();
    }
  });
});
