// The readiness probe behind /api/health: true while the database answers, false (never a throw,
// never a hang) when nothing listens or a server never answers.
import { createServer, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { findFreePort } from "../../lib/embedded-db";
import { checkDatabase } from "../../lib/health/check-database";
import { createPrismaClient } from "../../lib/prisma-client";
import { useTestDatabase } from "../support/test-database";

describe("checkDatabase", () => {
  describe("with a server", () => {
    const { db } = useTestDatabase({ migrated: false, connections: 1 });
    it("is true on a reachable database", async () => {
      expect(await checkDatabase(db)).toBe(true);
    });
  });

  it("is false, within its bound, when no server listens", async () => {
    const db = createPrismaClient(`postgresql://postgres@127.0.0.1:${await findFreePort()}/postgres`, 1);
    try {
      expect(await checkDatabase(db, 1_000)).toBe(false);
    } finally {
      await db.$disconnect();
    }
  });

  it("is false after its bound when a server accepts the connection and never answers", async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    const port = await findFreePort();
    await new Promise<void>((resolve) => silent.listen(port, "127.0.0.1", resolve));
    const db = createPrismaClient(`postgresql://postgres@127.0.0.1:${port}/postgres`, 1);
    try {
      // Without the bound this would wait for the test's own timeout and fail.
      expect(await checkDatabase(db, 500)).toBe(false);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
      await db.$disconnect().catch(() => {});
    }
  });
});
