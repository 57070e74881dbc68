// The scale run's dataset: the 5 seeded programs, then 1,000 generated ones (tests/support's
// generator: 8 claims each) topped up to 100,000 generated funding + capacity claims, inserted
// with createMany in batches of 5,000.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDatabase } from "../../lib/seed/seed-database";
import { generatePrograms } from "../../tests/support/generate-programs";

export const SCALE = { programs: 1000, claims: 100_000 };
const BATCH = 5000;
const GENERATED_PER_PROGRAM = 8;
const FUNDING_SHARE = 0.6;

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/** Past, non-headline figures: what years of announcements leave behind on each program. */
async function addClaims(db: PrismaClient, extra: number): Promise<void> {
  const programs = await db.program.findMany({ where: { slug: { startsWith: "generated-" } }, select: { id: true } });
  const sources = await db.source.findMany({ select: { id: true } });
  const at = (i: number) => ({ programId: programs[i % programs.length]!.id, sourceId: sources[i % sources.length]!.id, id: randomUUID() });
  const asOf = (i: number) => new Date(Date.UTC(2020 + (i % 6), i % 12, 1 + (i % 28)));
  const fundingCount = Math.round(extra * FUNDING_SHARE);
  const funding = Array.from({ length: fundingCount }, (_, i) => ({
    ...at(i),
    label: `Reported figure ${i}`,
    amount: String(1e6 * (1 + (i % 997))),
    currency: i % 3 ? "EUR" : "USD",
    kind: "pledged" as const,
    confidence: "reported" as const,
    shape: "exact" as const,
    asOf: asOf(i),
  }));
  const capacity = Array.from({ length: extra - fundingCount }, (_, i) => ({
    ...at(i),
    label: `Reported power ${i}`,
    metric: "power" as const,
    unit: "MW",
    value: String(10 + (i % 500)),
    kind: "target" as const,
    confidence: "reported" as const,
    shape: "exact" as const,
    asOf: asOf(i),
  }));
  await insertInBatches(funding, (data) => db.fundingClaim.createMany({ data }));
  await insertInBatches(capacity, (data) => db.capacityClaim.createMany({ data }));
}

export async function fillScaleDataset(db: PrismaClient): Promise<{ programs: number; claims: number }> {
  await seedDatabase(db);
  await generatePrograms(db, SCALE.programs);
  await addClaims(db, SCALE.claims - SCALE.programs * GENERATED_PER_PROGRAM);
  const claims = (await db.fundingClaim.count()) + (await db.capacityClaim.count());
  return { programs: await db.program.count(), claims };
}
