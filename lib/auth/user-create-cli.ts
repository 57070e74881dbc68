// `npm run user:create -- --email a@b.org --role admin [--name "…"]`. The password comes from a
// hidden prompt or ATLAS_USER_PASSWORD, never from the command line (shell history, `ps`).
import path from "node:path";
import { parseArgs } from "node:util";
import type { Env } from "@/lib/env";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/embedded-db";
import { DataDirInUseError } from "@/lib/embedded-lock";
import { describeConnectionProblem } from "@/lib/launch/database-problem";
import { applyMigrations } from "@/lib/migrate/apply-migrations";
import { createPrismaClient } from "@/lib/prisma-client";
import { authSecret } from "./secret";
import { storeTwoFactor } from "./two-factor/enrol";
import { totpKey } from "./two-factor/secret-box";
import { isBase32Secret } from "./two-factor/totp";
import { createUserWithPassword, newUserSchema } from "./users/create-user";

export class CliError extends Error {}

export const usage = 'Usage: npm run user:create -- --email name@example.org --role admin|editor [--name "Full Name"]';

export type UserCreateArgs = { email: string; role: string; name?: string };

export function parseUserCreateArgs(argv: string[]): UserCreateArgs {
  if (argv.some((arg) => arg === "--password" || arg.startsWith("--password=") || arg === "-p")) {
    throw new CliError(
      "Never pass a password on the command line (it stays in shell history and is visible to other " +
        "users). Type it at the prompt or set ATLAS_USER_PASSWORD.",
    );
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : "Bad arguments."}\n${usage}`);
  }
  if (!values.email || !values.role) throw new CliError(`--email and --role are required.\n${usage}`);
  return { email: values.email, role: values.role, name: values.name };
}

function check<T>(
  result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
): T {
  if (result.success) return result.data;
  throw new CliError(result.error.issues.map((i) => `${i.path.map(String).join(".") || "input"}: ${i.message}`).join("\n"));
}

/** Email, role and name, checked before the password is asked for. */
export function validateAccountFields(args: UserCreateArgs) {
  return check(newUserSchema.omit({ password: true }).safeParse(args));
}

/** The whole input, checked before any database is opened; a failure names each wrong field. */
export function validateNewUser(args: UserCreateArgs, password: string) {
  return check(newUserSchema.safeParse({ ...args, password }));
}

type CliDatabase = { url: string; description: string; stop(): Promise<void> };

// Migrated (the user tables must exist) but not seeded: seeding stays the app's first-start job.
// The embedded database can be opened by one process at a time (lib/embedded-lock.ts).
async function openEmbedded(dir: string): Promise<CliDatabase> {
  try {
    return { ...(await startEmbeddedDatabase({ dataDir: dir })), description: `the embedded database in ${dir}` };
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    throw new CliError(
      `The embedded database in ${dir} is open in another process: is \`npm run dev\` or \`npm start\` running? ` +
        `Stop the app, run this command again, then start the app. (${error.message})`,
    );
  }
}

async function openDatabase(env: Env): Promise<CliDatabase> {
  const database: CliDatabase = env.DATABASE_URL
    ? { url: env.DATABASE_URL, description: "the database at DATABASE_URL", stop: async () => {} }
    : await openEmbedded(path.resolve(env.ATLAS_DATA_DIR, "pglite"));
  const client = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect().catch((error: unknown) => {
      throw new CliError(describeConnectionProblem(database.url, error));
    });
    await applyMigrations(client);
    return database;
  } catch (error) {
    await database.stop();
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * ATLAS_USER_TOTP_SECRET (base32, spaces allowed), for test and provisioning setups that must sign
 * in without a person at the enrolment page; without it the user enrols at the first sign-in.
 */
export function parseTotpSecret(value: string | undefined): string | null {
  if (value === undefined || value === "") return null;
  const secret = value.replace(/\s/g, "").toUpperCase();
  if (!isBase32Secret(secret)) throw new CliError("ATLAS_USER_TOTP_SECRET must be a base32 secret of at least 16 characters (A–Z, 2–7).");
  return secret;
}

export async function createUserFromCli(
  env: Env,
  args: UserCreateArgs,
  password: string,
  totpSecret: string | null = null,
): Promise<string> {
  const input = validateNewUser(args, password);
  const database = await openDatabase(env);
  const prisma = createPrismaClient(database.url, 2);
  try {
    const user = await createUserWithPassword(prisma, input);
    if (!totpSecret)
      return `Created ${input.role} ${user.email} in ${database.description}; they set up two-factor sign-in at their first sign-in.`;
    await storeTwoFactor(prisma, totpKey(authSecret(env)), user.id, totpSecret, null, { label: "cli" });
    return `Created ${input.role} ${user.email} in ${database.description}, with two-factor sign-in set up from ATLAS_USER_TOTP_SECRET.`;
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}
