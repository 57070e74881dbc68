// One program with a record of every editable kind, for the editing tests: two sources (a
// correction cites a new one), an organisation and its participation, a funding and a capacity
// claim, a milestone with its first due-date revision, and an announcement.
import type { PrismaClient } from "../../lib/prisma-client";
import { createProgram, createSource } from "./records";

export type EditingFixture = Awaited<ReturnType<typeof createEditingFixture>>;

/** The fixture's funding claim as an editor types it (the form's fields, without its program and source). */
export const fundingClaimFields = {
  label: "Initial investment",
  shape: "exact",
  amount: "10000000000",
  currency: "EUR",
  kind: "private_investment",
  confidence: "verified",
} as const;

export async function createEditingFixture(db: PrismaClient, options: { slug?: string } = {}) {
  const source = await createSource(db, { publisher: "Original Publisher" });
  const newSource = await createSource(db, { publisher: "Correcting Publisher" });
  const program = await createProgram(db, { slug: options.slug });
  const suffix = program.id.slice(0, 8);
  const organization = await db.organization.create({ data: { slug: `org-${suffix}`, name: "Test Org", kind: "company" } });
  const participation = await db.participation.create({
    data: { programId: program.id, organizationId: organization.id, role: "developer", sourceId: source.id },
  });
  const announcement = await db.announcement.create({
    data: {
      programId: program.id,
      sourceId: source.id,
      title: "Launch",
      announcedOn: new Date("2025-02-10"),
      publicationState: "published",
      publishedAt: new Date("2025-02-10"),
    },
  });
  const fundingClaim = await db.fundingClaim.create({
    data: {
      programId: program.id,
      sourceId: source.id,
      ...fundingClaimFields,
      asOf: new Date("2025-02-10"),
      isHeadline: true,
    },
  });
  const capacityClaim = await db.capacityClaim.create({
    data: {
      programId: program.id,
      sourceId: source.id,
      label: "Power",
      metric: "power",
      unit: "MW",
      shape: "exact",
      value: "1000",
      kind: "target",
      confidence: "reported",
      isHeadline: true,
    },
  });
  const milestone = await db.milestone.create({
    data: {
      programId: program.id,
      sourceId: source.id,
      title: "First phase online",
      dueOn: new Date("2026-02-21"),
      duePrecision: "day",
      status: "planned",
    },
  });
  await db.milestoneRevision.create({
    data: {
      milestoneId: milestone.id,
      dueOn: milestone.dueOn,
      duePrecision: "day",
      sourceId: source.id,
      reason: "Original due date, as first recorded.",
    },
  });
  return { source, newSource, program, organization, participation, announcement, fundingClaim, capacityClaim, milestone };
}
