import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import type { Actor } from "@/lib/core/actor";
import type { AtlasAuth } from "../../lib/auth/create-auth";
import type { LockoutPolicy } from "../../lib/auth/policy";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { applyMigrations } from "../../lib/migrate/apply-migrations";
import { seedDatabase } from "../../lib/seed/seed-database";
import type { SeedInput } from "../../lib/seed/input-schema";
import { newActor } from "../factories/users";
import { createTestAuth } from "./auth";
import { withPgClient } from "./pg-client";

export type TestDatabase = { url: string; drop(): Promise<void> };

function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

const onAdmin = <T>(run: (client: pg.Client) => Promise<T>) => withPgClient(inject("adminDatabaseUrl"), run);

/** A database's name and address, known before it exists (so a client can be made at once), and how to make it. */
function planTestDatabase(): TestDatabase & { create(migrated: boolean): Promise<void> } {
  const name = `atlas_test_${randomBytes(6).toString("hex")}`;
  const url = withDatabase(inject("adminDatabaseUrl"), name);
  return {
    url,
    async create(migrated) {
      await onAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
      if (migrated) await withPgClient(url, (client) => applyMigrations(client));
    },
    drop: () => onAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

/**
 * A new, empty database on the test server; `migrated` applies prisma/migrations to it. For a test
 * that needs a database of its own (a scratch copy, one per test); a test file's database is
 * `useTestDatabase()`.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const { create, ...database } = planTestDatabase();
  await create(options.migrated ?? false);
  return database;
}

export type TestDatabaseOptions = {
  /** Apply prisma/migrations (default true). */
  migrated?: boolean;
  /** Insert the seed (the five programs and their exchange rates), or the seed input given. */
  seeded?: boolean | SeedInput;
  /** The client's pool size: 4, or 10 (lib/db's) with `app`. */
  connections?: number;
  /** The test auth's lockout, when a test needs another than lib/auth/policy.ts's. */
  lockout?: LockoutPolicy;
  /** The app's own client (lib/db.ts, which server actions and route handlers use) is this test's `db`. */
  app?: boolean;
  /** Insert the user rows of `editor` and `admin` (audit events reference their actor). */
  actors?: boolean;
};

export type UsedTestDatabase = {
  url: string;
  db: PrismaClient;
  /** Every SQL statement `db` sent (Prisma's query events); empty it with `queries.length = 0`. */
  queries: string[];
  /** A Better Auth over `db` (tests/support/auth.ts), made when first read. */
  auth: AtlasAuth;
  editor: Actor;
  admin: Actor;
};

/**
 * A test file's throwaway database, made (migrated, and seeded if asked) in beforeAll and dropped
 * in afterAll. Everything it returns exists at once, so it can be destructured at the top of the
 * file: the client connects on its first query, inside a hook or a test. A file's own beforeAll,
 * registered after this call, runs once the database is ready, and its afterAll before the drop.
 */
export function useTestDatabase(options: TestDatabaseOptions = {}): UsedTestDatabase {
  const database = planTestDatabase();
  const max = options.connections ?? (options.app ? 10 : 4);
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max }),
    log: [{ emit: "event", level: "query" }],
  });
  const queries: string[] = [];
  db.$on("query", (event) => queries.push(event.query));
  const app = globalThis as { atlasPrisma?: PrismaClient };
  const [editor, admin] = [newActor("editor"), newActor("admin")];
  let auth: AtlasAuth | undefined;

  beforeAll(async () => {
    await database.create(options.migrated ?? true);
    if (options.seeded) await seedDatabase(db, options.seeded === true ? undefined : options.seeded);
    if (options.actors) await db.user.createMany({ data: [editor, admin] });
    if (options.app) app.atlasPrisma = db;
  });
  afterAll(async () => {
    if (options.app) delete app.atlasPrisma;
    await db.$disconnect();
    await database.drop();
  });

  return {
    url: database.url,
    db,
    queries,
    get auth() {
      return (auth ??= createTestAuth(db, options.lockout));
    },
    get editor() {
      if (!options.actors) throw new Error("useTestDatabase: pass { actors: true } for the actors' user rows");
      return editor;
    },
    get admin() {
      if (!options.actors) throw new Error("useTestDatabase: pass { actors: true } for the actors' user rows");
      return admin;
    },
  };
}
