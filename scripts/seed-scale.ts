// `npm run db:seed:scale`: loads the 1,000-program benchmark dataset (scripts/bench/scale-data.ts,
// the one bench:load measures) into the configured database: DATABASE_URL when set, otherwise the
// embedded one in ATLAS_DATA_DIR (stop `npm run dev`/`npm start` first: it holds that folder).
// The database is migrated and the five programs seeded first; a second run changes nothing. It refuses
// (scripts/seed-scale-guard.ts) in production or beside other programs, unless --yes-fabricated-data.
import { publishFromScript } from "../lib/cache/answer-keys";
import { EnvError, parseEnv } from "../lib/env";
import { prepareDatabase, StartupError } from "../lib/launch/prepare-database";
import { MigrationError } from "../lib/migrate/apply-migrations";
import { createPrismaClient } from "../lib/prisma-client";
import { fillScaleDataset, SCALE } from "./bench/scale-data";
import { databaseRefusal, environmentRefusal } from "./seed-scale-guard";

function fail(message: string): never {
  console.error(`Cannot load the scale dataset: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const refused = environmentRefusal(process.env.NODE_ENV, args);
if (refused) fail(refused);

let settings;
let database;
try {
  settings = parseEnv(process.env);
  database = await prepareDatabase(settings);
} catch (error) {
  if (error instanceof EnvError || error instanceof StartupError || error instanceof MigrationError) fail(error.message);
  throw error;
}
console.log(`Database: ${database.description}`);
const prisma = createPrismaClient(database.url, 4);
try {
  const slugs = (await prisma.program.findMany({ select: { slug: true } })).map((program) => program.slug);
  const refusal = databaseRefusal(slugs, args);
  if (refusal) {
    console.error(`Cannot load the scale dataset: ${refusal}`);
    process.exitCode = 1;
  } else if (slugs.includes("generated-0")) {
    // The generated programs have fixed slugs: loading them twice would collide.
    console.log(`The scale dataset is already loaded (${slugs.length} programs): nothing to do.`);
  } else {
    const started = Date.now();
    const filled = await fillScaleDataset(prisma);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`Scale dataset loaded: ${filled.programs} programs, ${filled.claims} funding + capacity claims (${seconds} s).`);
    await publishFromScript(settings.REDIS_URL);
    if (filled.programs < SCALE.programs) process.exitCode = 1;
  }
} catch (error) {
  console.error("Loading failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await database.stop();
}
