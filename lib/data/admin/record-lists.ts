// The editors' lists of shared records: sources, organisations and reference exchange rates.
import type { PrismaClient } from "@/lib/prisma-client";

/** The editors' lists show live records first, then the deleted ones. */
export const liveFirst = { deletedAt: { sort: "desc", nulls: "first" } } as const;

/** What deleting or restoring a listed record needs of it. */
export const lifecycleSelect = { id: true, version: true, deletedAt: true } as const;

export async function listSourcesForEditors(db: PrismaClient) {
  const rows = await db.source.findMany({
    orderBy: [liveFirst, { publisher: "asc" }, { title: "asc" }],
    select: {
      ...lifecycleSelect,
      title: true,
      publisher: true,
      url: true,
      seedDocument: true,
      publishedOn: true,
      _count: { select: { fundingClaims: true, capacityClaims: true, milestones: true, participations: true } },
    },
  });
  return rows.map(({ _count, ...source }) => ({
    ...source,
    citations: _count.fundingClaims + _count.capacityClaims + _count.milestones + _count.participations,
  }));
}

export async function listOrganizationsForEditors(db: PrismaClient) {
  const rows = await db.organization.findMany({
    orderBy: [liveFirst, { name: "asc" }],
    select: {
      ...lifecycleSelect,
      name: true,
      kind: true,
      country: true,
      _count: { select: { participations: true } },
    },
  });
  return rows.map(({ _count, ...organization }) => ({ ...organization, participations: _count.participations }));
}

export async function listExchangeRates(db: PrismaClient) {
  return db.exchangeRate.findMany({
    orderBy: [{ currency: "asc" }, { year: "asc" }],
    select: {
      id: true,
      currency: true,
      year: true,
      usdPerUnit: true,
      unitsPerUsd: true,
      rateKind: true,
      source: { select: { publisher: true, title: true } },
    },
  });
}
