// A database connection killed in the middle of a multi-row edit (checklist #31, ASVS 2.3.3): the
// announcement action writes a source, an announcement, claims, milestones, partners and their
// audit events in one transaction. A test-only trigger makes the funding claim's INSERT (after
// several rows were already written in that transaction) sleep; another connection then kills that
// backend with pg_terminate_backend. The editor must get the generic message, nothing of the edit
// may remain anywhere, and the app's own client (the pool) must serve the next edit.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createAnnouncementAction } from "../../lib/actions/definitions/announcements";
import { genericFailure } from "../../lib/core/action-result";
import { indiaMissionInput } from "../factories/announcement-input";
import { useTestDatabase } from "../support/test-database";
import { withPgClient } from "../support/pg-client";
import { tableChecksums } from "../support/table-checksums";

const env = useTestDatabase({ seeded: true, app: true, actors: true });

beforeAll(async () => {
  await env.db.$executeRawUnsafe(`
    CREATE FUNCTION test_fault_stall() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_sleep(30); RETURN NEW; END $$`);
  await env.db.$executeRawUnsafe(
    `CREATE TRIGGER test_fault_stall BEFORE INSERT ON funding_claim FOR EACH ROW EXECUTE FUNCTION test_fault_stall()`,
  );
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for a backend of this database to sit in the trigger's pg_sleep, then terminates it. */
async function killStalledBackend(databaseUrl: string): Promise<{ pid: number; query: string }> {
  return withPgClient(databaseUrl, async (client) => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const { rows } = await client.query<{ pid: number; query: string }>(
        `SELECT pid, query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event = 'PgSleep'`,
      );
      const stalled = rows[0];
      if (stalled) {
        await client.query("SELECT pg_terminate_backend($1)", [stalled.pid]);
        return stalled;
      }
      await sleep(50);
    }
    throw new Error("no backend reached the stalled INSERT within 10 s");
  });
}

describe("a connection killed in the middle of a multi-row edit", () => {
  it("rolls back every row, answers the generic message, and the pool serves the next edit", async () => {
    const before = await tableChecksums(env.db);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});

    const [result, killed] = await Promise.all([
      createAnnouncementAction.invoke(env.editor, indiaMissionInput()),
      killStalledBackend(env.url),
    ]);

    // The kill hit the claim's INSERT, after the source, program and announcement rows of the same transaction.
    expect(killed.query).toMatch(/INSERT INTO .*funding_claim/);
    expect(result).toEqual({ status: "error", message: genericFailure });
    expect(JSON.stringify(result)).not.toMatch(/terminat|postgres|sql|insert|at .*\.ts/i);
    // The details went to the server log instead.
    expect(log).toHaveBeenCalledWith("action announcement.create failed", expect.any(Error));
    log.mockRestore();

    expect(await env.db.program.count({ where: { slug: "indiaai-mission" } })).toBe(0);
    expect(await env.db.source.count({ where: { title: "Cabinet approves IndiaAI Mission" } })).toBe(0);
    expect(await env.db.auditEvent.count({ where: { actorId: env.editor.id } })).toBe(0);
    expect(await tableChecksums(env.db)).toEqual(before);

    // The same app client (lib/db's pool, which lost a connection) takes the next edit.
    await env.db.$executeRawUnsafe("DROP TRIGGER test_fault_stall ON funding_claim");
    const retried = await createAnnouncementAction.invoke(env.editor, indiaMissionInput());
    expect(retried).toMatchObject({ status: "ok", data: { programSlug: "indiaai-mission", publicationState: "published" } });
    expect(await env.db.fundingClaim.count({ where: { program: { slug: "indiaai-mission" } } })).toBe(1);
  });
});
