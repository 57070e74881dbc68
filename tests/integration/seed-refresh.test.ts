// A database seeded before the reader wording changed (issue 14): a re-seed brings the
// reader-facing text of rows no editor touched up to date, audited as the seed's, and leaves rows an
// editor changed (an audit event by someone else, or a change made outside the app) as they are.
// A second re-seed writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../lib/audit/record-audit";
import { createPrismaClient, type PrismaClient } from "../../lib/prisma-client";
import { idOf, keys } from "../../lib/seed/keys";
import { seedDatabase } from "../../lib/seed/seed-database";
import { createActor } from "../factories/users";
import { tableChecksums } from "../support/table-checksums";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase({ migrated: true });
  db = createPrismaClient(database.url, 2);
  await seedDatabase(db);
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const fluidstack = "fr-fluidstack-ai-supercomputer";
const summit = idOf(keys.funding(fluidstack, "Context: total private AI investment pledges announced by France at the AI Action Summit"));
const scidac = idOf(keys.funding("us-genesis-mission", "of which SciDAC (per Lockwood's breakdown)"));
const oldLabel = "Context: total private AI investment pledges announced by France at the AI Action Summit";
const oldNote = "Sub-line of the $320M; do not add to the total.";

describe("re-seeding a database seeded with older wording", () => {
  it("refreshes unedited rows, audited as the seed's, keeps an editor's, and a second run writes nothing", async () => {
    const seeded = await db.fundingClaim.findUniqueOrThrow({ where: { id: summit } });
    // As an earlier seed wrote it: the research file's label and scope, before the reader wording.
    await db.$executeRaw`UPDATE funding_claim SET label = ${oldLabel}, claim_scope = 'own' WHERE id = ${summit}::uuid`;
    // An editor's own wording, through the app (audited).
    const editor = await createActor(db, "editor");
    const edited = await db.fundingClaim.findUniqueOrThrow({ where: { id: scidac } });
    await db.fundingClaim.update({ where: { id: scidac }, data: { notes: oldNote, version: { increment: 1 } } });
    await recordAudit(db, editor, {
      action: "update",
      entityType: "FundingClaim",
      entityId: scidac,
      before: edited,
      after: { notes: oldNote },
    });

    const report = await seedDatabase(db);
    expect(report.refreshed).toBe(1);
    const refreshed = await db.fundingClaim.findUniqueOrThrow({ where: { id: summit } });
    expect(refreshed).toMatchObject({ label: seeded.label, claimScope: "related", version: seeded.version + 1 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: summit, action: "update", actorLabel: "seed" } });
    expect(event.before).toEqual({ label: oldLabel, claimScope: "own" });
    expect(event.after).toEqual({ label: seeded.label, claimScope: "related" });
    expect(await db.fundingClaim.findUniqueOrThrow({ where: { id: scidac } })).toMatchObject({
      notes: oldNote,
      version: edited.version + 1,
    });

    const before = await tableChecksums(db);
    expect((await seedDatabase(db)).refreshed).toBe(0);
    expect(await tableChecksums(db)).toEqual(before);
  });
});
