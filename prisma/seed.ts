// `npm run db:seed`: inserts the researched seed data into the database named by DATABASE_URL.
// Safe to run again: it only adds what is missing and never overwrites an editor's change. With
// REDIS_URL it then drops every answer stored there; an app on its in-memory store must be restarted.
import { publishFromScript } from "../lib/cache/answer-keys";
import { env, EnvError } from "../lib/env";
import { createPrismaClient } from "../lib/prisma-client";
import { seedDatabase } from "../lib/seed/seed-database";

function databaseUrl(): string | undefined {
  try {
    return env().DATABASE_URL;
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`Invalid environment: ${error.message}`);
    process.exit(1);
  }
}

const url = databaseUrl();
if (!url) {
  console.error(
    "DATABASE_URL is not set: set it to your PostgreSQL database, or use `npm run dev`, which seeds the embedded database automatically.",
  );
  process.exit(1);
}

const prisma = createPrismaClient(url, 2);
try {
  const { created, refreshed } = await seedDatabase(prisma);
  const total = Object.entries(created).reduce((sum, [table, count]) => (table === "AuditEvent" ? sum : sum + count), 0);
  const parts = Object.entries(created).map(([table, count]) => `${table} ${count}`);
  console.log(`Seed complete: ${total} new rows (${parts.join(", ")}); reader text refreshed on ${refreshed} unedited rows.`);
  // Answers stored before the seed (past views too) must not outlive it on any instance.
  await publishFromScript(env().REDIS_URL);
} catch (error) {
  console.error("Seeding failed, nothing was written:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
