// Writes the seed into a database: in one transaction, inserts the seed rows that are missing (by
// id or natural key) and one audit event per inserted row, and brings the reader-facing text of
// rows no editor has touched up to date. It never changes a row an editor changed, so an editor's
// correction to a seeded figure survives any number of re-seeds; a second run writes nothing.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { auditEventFor, type SeedAuditEvent } from "./audit-events";
import { applyUpdateEdits } from "./apply-update-edits";
import { buildSeedPlan } from "./build-rows";
import type { SeedInput } from "./input-schema";
import { loadSeedInput } from "./load-input";
import { referencedFirst } from "./order-rows";
import { planInsert } from "./plan-insert";
import { refreshReaderText } from "./refresh-reader-text";

// `edited`: rows the dated updates changed in this run; `skipped`: update changes not entered, and why;
// `refreshed`: existing rows whose reader-facing text the seed brought up to date (refresh-reader-text.ts).
export type SeedReport = { created: Record<string, number>; edited: number; skipped: string[]; refreshed: number };

type Tx = Prisma.TransactionClient;

async function insertMissing(tx: Tx, input: SeedInput): Promise<SeedReport> {
  const plan = buildSeedPlan(input);
  const rows = await planInsert(tx, plan.rows);
  const created: Record<string, number> = {};
  const audits: SeedAuditEvent[] = [];
  const insert = async <T extends { id: string }>(entityType: string, data: T[], create: (data: T[]) => Promise<{ count: number }>) => {
    created[entityType] = data.length === 0 ? 0 : (await create(data)).count;
    audits.push(...data.map((row) => auditEventFor(entityType, row)));
  };
  // Foreign-key order: what a row points at is inserted before it.
  await insert("Source", rows.sources, (data) => tx.source.createMany({ data }));
  await insert("Organization", rows.organizations, (data) => tx.organization.createMany({ data }));
  await insert("Program", rows.programs, (data) => tx.program.createMany({ data }));
  await insert("Announcement", rows.announcements, (data) => tx.announcement.createMany({ data }));
  await insert("Participation", rows.participations, (data) => tx.participation.createMany({ data }));
  await insert("FundingClaim", referencedFirst(rows.fundingClaims), (data) => tx.fundingClaim.createMany({ data }));
  await insert("CapacityClaim", referencedFirst(rows.capacityClaims), (data) => tx.capacityClaim.createMany({ data }));
  await insert("Milestone", rows.milestones, (data) => tx.milestone.createMany({ data }));
  await insert("MilestoneRevision", rows.milestoneRevisions, (data) => tx.milestoneRevision.createMany({ data }));
  await insert("ExchangeRate", rows.exchangeRates, (data) => tx.exchangeRate.createMany({ data }));
  await insert("ProgramStatusChange", rows.statusChanges, (data) => tx.programStatusChange.createMany({ data }));
  const events = await numberReinserts(tx, audits);
  created.AuditEvent = events.length === 0 ? 0 : (await tx.auditEvent.createMany({ data: events })).count;
  // Rows seeded by an earlier version of the seed: its current wording, unless an editor changed them.
  const { refreshed } = await refreshReaderText(tx, plan.rows);
  // After every insert: an update may change a row the same run inserted.
  const edits = await applyUpdateEdits(tx, plan.edits);
  return { created, edited: edits.applied, skipped: [...plan.skipped, ...edits.skipped], refreshed };
}

// A row an editor deleted and the seed inserts again already has an audit event under the derived
// id; the new event takes the next occurrence number instead, so every insert stays on record.
async function numberReinserts(tx: Tx, audits: SeedAuditEvent[]): Promise<SeedAuditEvent[]> {
  if (audits.length === 0) return audits;
  const taken = new Set(
    (await tx.auditEvent.findMany({ where: { id: { in: audits.map((a) => a.id) } }, select: { id: true } })).map((a) => a.id),
  );
  const numbered: SeedAuditEvent[] = [];
  for (const audit of audits) {
    if (!taken.has(audit.id)) {
      numbered.push(audit);
      continue;
    }
    const earlier = await tx.auditEvent.count({
      where: { entityType: audit.entityType, entityId: audit.entityId, actorLabel: "seed", action: "create" },
    });
    numbered.push({ ...audit, id: auditEventFor(audit.entityType, { id: audit.entityId }, earlier + 1).id });
  }
  return numbered;
}

/** Seeds the five programs, their sources, claims, milestones and partners, and the FX table. */
export async function seedDatabase(prisma: PrismaClient, input: SeedInput = loadSeedInput()): Promise<SeedReport> {
  // Hundreds of rows in a dozen statements: well within a minute even on the embedded database.
  return prisma.$transaction((tx) => insertMissing(tx, input), { maxWait: 30_000, timeout: 120_000 });
}
