// npm run db:migrate: apply pending migrations to DATABASE_URL, like `prisma migrate deploy`.
import pg from "pg";
import { EnvError, parseEnv } from "../lib/env";
import { describeConnectionProblem } from "../lib/launch/database-problem";
import { applyMigrations, MigrationError } from "../lib/migrate/apply-migrations";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let url: string | undefined;
try {
  url = parseEnv(process.env).DATABASE_URL;
} catch (error) {
  if (error instanceof EnvError) fail(error.message);
  throw error;
}
if (!url) fail("Set DATABASE_URL to the PostgreSQL to migrate (the embedded database migrates itself on `npm run dev`).");

const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
try {
  await client.connect();
} catch (error) {
  fail(describeConnectionProblem(url, error));
}
try {
  const applied = await applyMigrations(client);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
} catch (error) {
  if (error instanceof MigrationError) fail(error.message);
  throw error;
} finally {
  await client.end();
}
