// Many published programs with claims, milestones, partners and announcements, for tests that must
// hold whatever the amount of data (query counts). Inserted with a handful of createMany calls.
import { randomUUID } from "node:crypto";
import type { CapacityMetric, PrismaClient } from "../../lib/generated/prisma/client";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function generatePrograms(db: PrismaClient, count: number): Promise<void> {
  const sources = Array.from({ length: 20 }, (_, i) => ({
    id: randomUUID(),
    kind: "news" as const,
    title: `Generated source ${i}`,
    publisher: `Publisher ${i}`,
    url: `https://example.org/generated/${i}`,
    publishedOn: day("2025-02-01"),
    reliability: "secondary" as const,
  }));
  const orgs = Array.from({ length: 50 }, (_, i) => ({
    id: randomUUID(),
    slug: `generated-org-${i}`,
    name: `Generated Org ${i}`,
    kind: "company" as const,
  }));
  const sourceOf = (i: number) => sources[i % sources.length]!.id;
  /** A new row of a program, citing the i-th source (round the list). */
  const ofProgram = (programId: string, i: number) => ({ id: randomUUID(), programId, sourceId: sourceOf(i) });
  const programs = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    slug: `generated-${i}`,
    name: `Generated program ${i}`,
    country: i % 2 ? "France" : "Japan",
    region: i % 2 ? "Europe" : "Asia",
    kind: "public" as const,
    status: "active" as const,
    announcedOn: day("2025-03-01"),
    summary: "Generated.",
    publicationState: "published" as const,
    publishedAt: day("2025-03-01"),
  }));
  const announcements = programs.map((p, i) => ({
    ...ofProgram(p.id, i),
    title: `Launch of ${p.name}`,
    announcedOn: day("2025-03-01"),
    publicationState: "published" as const,
    publishedAt: day("2025-03-01"),
  }));
  /** A money claim of a program, citing the i-th source: a verified, exact commitment in euros. */
  const moneyClaim = (programId: string, i: number, label: string, amount: string) => ({
    currency: "EUR",
    kind: "committed" as const,
    confidence: "verified" as const,
    shape: "exact" as const,
    asOf: day("2025-03-01"),
    ...ofProgram(programId, i),
    label,
    amount,
  });
  const headlines = programs.map((p, i) => ({
    ...moneyClaim(p.id, i, "Total", String(1e9 + i)),
    announcementId: announcements[i]!.id,
    isHeadline: true,
  }));
  const parts = headlines.map((h, i) => ({ ...moneyClaim(h.programId, i + 1, "of which part", "1000000"), parentId: h.id }));
  const earlier = programs.map((p, i) => moneyClaim(p.id, i + 2, "Earlier figure", "500000000"));
  const later = earlier.map((e, i) => ({ ...moneyClaim(e.programId, i + 3, "Updated figure", "600000000"), supersedesId: e.id }));
  // Money in two currencies, and every capacity metric (compute unverified), so every compare view has marks.
  const usd = programs.map((p, i) => ({ ...moneyClaim(p.id, i, "US share", String(1e6 * (i + 1))), currency: "USD" }));
  /** A capacity claim of a program, citing the i-th source: a verified, exact headline target. */
  const capacityClaim = (programId: string, i: number, label: string, metric: CapacityMetric, unit: string, value: string) => ({
    kind: "target" as const,
    confidence: "verified" as const,
    shape: "exact" as const,
    isHeadline: true,
    asOf: day("2025-03-01"),
    ...ofProgram(programId, i),
    label,
    metric,
    unit,
    value,
  });
  const power = programs.map((p, i) => capacityClaim(p.id, i, "Power", "power", "MW", "100"));
  const chips = programs.map((p, i) => ({
    ...capacityClaim(p.id, i, "Chips", "accelerators", "accelerators", String(100 * (i + 1))),
    shape: "up_to" as const,
  }));
  const compute = programs.map((p, i) => ({
    ...capacityClaim(p.id, i, "Compute", "compute", "EFLOPS", "1"),
    precision: "fp64" as const,
    confidence: "unverified" as const,
  }));
  const milestones = programs.flatMap((p, i) => [
    {
      id: randomUUID(),
      programId: p.id,
      sourceId: sourceOf(i),
      title: "Site chosen",
      dueOn: day("2025-06-01"),
      status: "completed" as const,
      completedOn: day("2025-07-01"),
    },
    {
      id: randomUUID(),
      programId: p.id,
      sourceId: sourceOf(i),
      title: "Operational",
      dueOn: day("2026-01-01"),
      duePrecision: "quarter" as const,
      status: "planned" as const,
    },
  ]);
  const revisions = milestones.map((m) => ({
    id: randomUUID(),
    milestoneId: m.id,
    dueOn: m.dueOn,
    duePrecision: m.duePrecision ?? ("day" as const),
    sourceId: m.sourceId,
  }));
  const participations = programs.flatMap((p, i) => [
    { id: randomUUID(), programId: p.id, organizationId: orgs[i % orgs.length]!.id, role: "lead" as const, sourceId: sourceOf(i) },
    { id: randomUUID(), programId: p.id, organizationId: orgs[(i + 7) % orgs.length]!.id, role: "funder" as const, sourceId: sourceOf(i) },
  ]);
  await db.source.createMany({ data: sources });
  await db.organization.createMany({ data: orgs });
  await db.program.createMany({ data: programs });
  await db.announcement.createMany({ data: announcements });
  await db.fundingClaim.createMany({ data: [...headlines, ...earlier, ...usd] });
  await db.fundingClaim.createMany({ data: [...parts, ...later] });
  await db.capacityClaim.createMany({ data: [...power, ...chips, ...compute] });
  await db.milestone.createMany({ data: milestones });
  await db.milestoneRevision.createMany({ data: revisions });
  await db.participation.createMany({ data: participations });
}

/**
 * `count` past, non-headline money claims spread over the generated programs (one INSERT … SELECT,
 * so tens of thousands take a second): enough that a list of one id per claim passes PostgreSQL's
 * 32,767 bind parameters. Small figures (€1 m), so no ranking changes.
 */
export async function addPastMoneyClaims(db: PrismaClient, count: number): Promise<void> {
  await db.$executeRaw`
    INSERT INTO funding_claim (id, program_id, source_id, as_of, label, amount, currency, kind, confidence, shape, updated_at)
    SELECT gen_random_uuid(), p.ids[1 + n % cardinality(p.ids)], s.ids[1 + n % cardinality(s.ids)], DATE '2024-01-01' + (n % 365),
      'Reported figure ' || n, 1000000, 'EUR', 'pledged', 'reported', 'exact', now()
    FROM generate_series(0, ${count - 1}) AS n,
      LATERAL (SELECT array_agg(id ORDER BY slug) AS ids FROM program WHERE slug LIKE 'generated-%') AS p,
      LATERAL (SELECT array_agg(id ORDER BY title) AS ids FROM source WHERE title LIKE 'Generated source %') AS s`;
}
