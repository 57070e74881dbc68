// Small builders for integration tests: the fewest fields a valid row needs, overridable.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/prisma-client";

export async function createSource(db: PrismaClient, overrides: Partial<{ publisher: string; url: string; publishedOn: Date }> = {}) {
  return db.source.create({
    data: {
      kind: "news",
      title: "A test article",
      publisher: overrides.publisher ?? "Test Publisher",
      url: overrides.url ?? `https://example.org/${randomUUID()}`,
      publishedOn: overrides.publishedOn ?? new Date("2025-03-01"),
      reliability: "secondary",
    },
  });
}

export async function createProgram(
  db: PrismaClient,
  overrides: Partial<{ slug: string; publicationState: "draft" | "published"; deletedAt: Date | null; announcedOn: Date }> = {},
) {
  return db.program.create({
    data: {
      slug: overrides.slug ?? `program-${randomUUID().slice(0, 8)}`,
      name: "Test program",
      country: "France",
      region: "Europe",
      kind: "public",
      status: "active",
      announcedOn: overrides.announcedOn ?? new Date("2025-02-10"),
      summary: "A program made by a test.",
      publicationState: overrides.publicationState ?? "published",
      deletedAt: overrides.deletedAt ?? null,
    },
  });
}

export async function createEuroRate(db: PrismaClient, year: number, usdPerUnit: string) {
  const source = await createSource(db, { publisher: "European Central Bank" });
  return db.exchangeRate.create({
    data: { currency: "EUR", year, usdPerUnit, unitsPerUsd: (1 / Number(usdPerUnit)).toFixed(6), sourceId: source.id },
  });
}
