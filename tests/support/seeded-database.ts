import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDatabase } from "../../lib/seed/seed-database";
import { createTestDatabase } from "./test-database";

export type SeededDatabase = { db: PrismaClient; queries: string[]; drop(): Promise<void> };

/**
 * A migrated database holding the five seeded programs, and a client that records every SQL
 * statement it sends (Prisma's query events, which the pg driver adapter emits too).
 */
export async function createSeededDatabase(): Promise<SeededDatabase> {
  const database = await createTestDatabase({ migrated: true });
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max: 4 }),
    log: [{ emit: "event", level: "query" }],
  });
  const queries: string[] = [];
  db.$on("query", (event) => queries.push(event.query));
  await seedDatabase(db);
  return {
    db,
    queries,
    async drop() {
      await db.$disconnect();
      await database.drop();
    },
  };
}

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The same instant parseAsOf gives for ?asOf=<iso>. */
export const endOf = (iso: string) => new Date(`${iso}T23:59:59.999Z`);
