import { describe, expect, it } from "vitest";
import { checkMigration, findDestructiveChanges, unapprovedDestructive } from "../../../lib/migrate/destructive-changes";
import { readMigrations } from "../../../lib/migrate/migration-files";

const rulesOf = (sql: string) => findDestructiveChanges(sql).map((c) => c.rule);

describe("the migrations in prisma/migrations", () => {
  it("are all non-destructive or approved with a reason", async () => {
    const files = await readMigrations();
    expect(files.length).toBeGreaterThan(2);
    expect(unapprovedDestructive(files)).toEqual([]);
  });
});

describe("findDestructiveChanges", () => {
  it.each([
    ["DROP TABLE", `DROP TABLE "program";`],
    ["DROP TABLE", `drop table if exists public.program cascade`],
    ["DROP COLUMN", `ALTER TABLE "program" DROP COLUMN "summary";`],
    ["DROP COLUMN", `ALTER TABLE "program" ADD COLUMN "x" TEXT, DROP "summary";`],
    ["DROP TYPE", `DROP TYPE "program_kind";`],
    ["DROP SCHEMA", `DROP SCHEMA "public" CASCADE;`],
    ["DROP … CASCADE", `DROP VIEW "v" CASCADE;`],
    ["ALTER COLUMN … TYPE", `ALTER TABLE "program" ALTER COLUMN "name" SET DATA TYPE VARCHAR(10);`],
    ["ALTER COLUMN … TYPE", `ALTER TABLE program ALTER name TYPE text USING name::text;`],
    ["RENAME", `ALTER TABLE "program" RENAME COLUMN "name" TO "title";`],
    ["RENAME", `ALTER TABLE "program" RENAME TO "programme";`],
    ["RENAME", `ALTER TYPE "program_kind" RENAME VALUE 'public' TO 'state';`],
    ["TRUNCATE", `TRUNCATE "source";`],
    ["DELETE", `DELETE FROM "source";`],
    ["DELETE", `DELETE FROM "source" WHERE true;`],
    ["audit log guard", `DROP TRIGGER "audit_event_no_truncate" ON "audit_event";`],
    ["audit log guard", `ALTER TABLE "audit_event" DISABLE TRIGGER ALL;`],
    [
      "audit log guard",
      `CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$;`,
    ],
    ["audit log guard", `SET session_replication_role = replica;`],
    ["TRUNCATE", `DO $$ BEGIN TRUNCATE "source"; END $$;`],
    ["DROP TABLE", `DO $body$ BEGIN IF true THEN DROP TABLE "x"; END IF; END $body$;`],
  ])("flags %s in: %s", (rule, sql) => {
    expect(rulesOf(sql)).toEqual([rule]);
  });

  it.each([
    `CREATE TABLE "x" ("id" UUID NOT NULL, CONSTRAINT "x_pkey" PRIMARY KEY ("id"));`,
    `ALTER TABLE "x" ADD COLUMN "note" TEXT;`,
    `ALTER TABLE "x" ALTER COLUMN "note" DROP NOT NULL, ALTER COLUMN "note" DROP DEFAULT;`,
    `ALTER TABLE "x" DROP CONSTRAINT "x_fkey";`,
    `ALTER TABLE "x" ADD CONSTRAINT "x_fkey" FOREIGN KEY ("y") REFERENCES "y"("id") ON DELETE CASCADE ON UPDATE CASCADE;`,
    `ALTER TABLE "x" RENAME CONSTRAINT "a" TO "b";`,
    `ALTER INDEX "a" RENAME TO "b";`,
    `DROP INDEX "x_note_idx";`,
    `UPDATE "x" SET "note" = 'n/a' WHERE "note" IS NULL;`,
    `ALTER TYPE "kind" ADD VALUE 'other';`,
    `CREATE TRIGGER "t" BEFORE TRUNCATE OR DELETE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();`,
  ])("passes: %s", (sql) => {
    expect(rulesOf(sql)).toEqual([]);
  });

  it("ignores comments and string literals", () => {
    const sql = [
      `-- DROP TABLE "program";`,
      `/* TRUNCATE "source"; /* nested: DELETE FROM x; */ ALTER TABLE x DROP COLUMN y; */`,
      `INSERT INTO "note" ("text") VALUES ('DROP TABLE "program"; it''s fine; DELETE FROM x');`,
      `INSERT INTO "note" ("text") VALUES (E'escaped \\' DROP TABLE y; TRUNCATE z');`,
      `COMMENT ON TABLE "x" IS 'ALTER TABLE x RENAME TO y';`,
    ].join("\n");
    expect(rulesOf(sql)).toEqual([]);
  });

  it("reports the line of each statement", () => {
    const sql = `-- intro\nCREATE TABLE "a" ("id" INT);\n\nALTER TABLE "a"\n  DROP COLUMN "id";\nTRUNCATE "a";`;
    expect(findDestructiveChanges(sql).map((c) => [c.rule, c.line])).toEqual([
      ["DROP COLUMN", 4],
      ["TRUNCATE", 6],
    ]);
  });
});

describe("checkMigration and its approval marker", () => {
  const destructive = `ALTER TABLE "program" DROP COLUMN "summary";\n`;

  it("refuses a destructive migration without a marker, naming the statement", () => {
    const verdict = checkMigration(destructive);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.problem).toMatch(/line 1: DROP COLUMN: ALTER TABLE "program" DROP COLUMN "summary"/);
  });

  it("accepts it with a marker that gives a reason", () => {
    const verdict = checkMigration(
      `-- atlas:approve-destructive: summary moved to program_text in 20261101 (expand/contract step 3)\n${destructive}`,
    );
    expect(verdict).toMatchObject({ ok: true, approvedBecause: "summary moved to program_text in 20261101 (expand/contract step 3)" });
  });

  it.each(["-- atlas:approve-destructive:\n", "-- atlas:approve-destructive:    \n", "-- atlas:approve-destructive: <reason>\n"])(
    "refuses a marker without a reason: %j",
    (markerLine) => {
      const verdict = checkMigration(`${markerLine}${destructive}`);
      expect(verdict.ok).toBe(false);
      expect(!verdict.ok && verdict.problem).toMatch(/gives no reason/);
    },
  );

  it("does not take a marker inside a string literal or one not at a comment's start", () => {
    expect(checkMigration(`SELECT '-- atlas:approve-destructive: sneaky';\n${destructive}`).ok).toBe(false);
    expect(checkMigration(`SELECT 1; -- atlas:approve-destructive: trailing\n${destructive}`).ok).toBe(false);
  });

  it("needs no marker for a harmless migration", () => {
    expect(checkMigration(`ALTER TABLE "program" ADD COLUMN "note" TEXT;`)).toEqual({ ok: true, changes: [] });
  });
});
