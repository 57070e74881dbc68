// Integration tests that call actions through `.invoke` (as the server actions do) need the app's
// own client (lib/db reads DATABASE_URL once) pointed at a fresh migrated test database, plus real
// user rows for the actors (audit events reference them). `seeded`: with the five seeded programs
// and their exchange rates.
import type { Actor } from "@/lib/core/actor";
import { createPrismaClient, type PrismaClient } from "../../lib/prisma-client";
import { seedDatabase } from "../../lib/seed/seed-database";
import { createActor } from "../factories/users";
import { createTestDatabase, type TestDatabase } from "./test-database";

export type ActionDatabase = { db: PrismaClient; database: TestDatabase; editor: Actor; admin: Actor; close(): Promise<void> };

export async function createActionDatabase(options: { seeded?: boolean } = {}): Promise<ActionDatabase> {
  const database = await createTestDatabase({ migrated: true });
  process.env.DATABASE_URL = database.url;
  const db = createPrismaClient(database.url, 4);
  if (options.seeded) await seedDatabase(db);
  const [editor, admin] = [await createActor(db, "editor"), await createActor(db, "admin")];
  return {
    db,
    database,
    editor,
    admin,
    async close() {
      await db.$disconnect();
      const app = (globalThis as { atlasPrisma?: PrismaClient }).atlasPrisma;
      await app?.$disconnect();
      await database.drop();
    },
  };
}
