// Child process for the "embedded database killed mid-write" test: opens the embedded database on
// the data directory given as argv[2] (the same startEmbeddedDatabase the app uses), migrates and
// seeds it, prints the checksums of the seeded tables, then writes batches of rows forever, each
// batch one multi-row transaction, printing a batch's number only after its COMMIT returned.
// The test SIGKILLs this process somewhere in that loop.
import { startEmbeddedDatabase } from "../../lib/embedded-db";
import { applyMigrations } from "../../lib/migrate/apply-migrations";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedDatabase } from "../../lib/seed/seed-database";
import { withPgClient } from "./pg-client";
import { CRASH_BATCH_SIZE, crashBatchPublisher, seededChecksums } from "./crash-batches";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: embedded-crash-writer.ts <dataDir>");

const database = await startEmbeddedDatabase({ dataDir });
await withPgClient(database.url, (client) => applyMigrations(client));
const prisma = createPrismaClient(database.url, 2);
await seedDatabase(prisma);
await prisma.$disconnect();

await withPgClient(database.url, async (client) => {
  console.log(`SEEDED ${JSON.stringify(await seededChecksums(client))}`);
  for (let batch = 1; ; batch++) {
    await client.query("BEGIN");
    for (let row = 0; row < CRASH_BATCH_SIZE; row++) {
      await client.query(
        `INSERT INTO "source" (id, kind, title, publisher, url, reliability, updated_at)
         VALUES (gen_random_uuid(), 'news', $1, $2, $3, 'secondary', now())`,
        [`Crash row ${row}`, crashBatchPublisher(batch), `https://example.org/crash/${batch}/${row}`],
      );
    }
    await client.query("COMMIT");
    console.log(`COMMITTED ${batch}`);
  }
});
