// Which seed rows are missing from the database. A row is present when its id is, or when an
// editor already entered the same thing under another id (a source with the same ref, a program or
// organisation with the same slug, the same participation, a rate for the same currency and year):
// then the seed inserts nothing for it, and its other rows point at the editor's row instead.
import type { Prisma } from "../generated/prisma/client";
import type { SeedRows } from "./row-types";

type Tx = Prisma.TransactionClient;
type Remap = Map<string, string>;
type Existing = Array<{ id: string; key: string | null }>;

// Columns holding the id of a source, organisation or program: the tables with natural keys.
const REFERENCE_FIELDS = ["sourceId", "programId", "organizationId", "leadOrganizationId"] as const;

function remapped<T extends Record<string, unknown>>(row: T, remap: Remap): T {
  const copy: Record<string, unknown> = { ...row };
  for (const field of REFERENCE_FIELDS) {
    const value = copy[field];
    if (typeof value === "string" && remap.has(value)) copy[field] = remap.get(value);
  }
  return copy as T;
}

/** Ids of the rows already present, by id or by natural key (those are added to `remap`). */
function present<T extends { id: string }>(rows: T[], naturalKey: (row: T) => string, existing: Existing, remap: Remap): Set<string> {
  const ids = new Set(existing.map((e) => e.id));
  const byKey = new Map(existing.map((e) => [e.key, e.id]));
  const found = new Set<string>();
  for (const row of rows) {
    const other = ids.has(row.id) ? row.id : byKey.get(naturalKey(row));
    if (!other) continue;
    found.add(row.id);
    if (other !== row.id) remap.set(row.id, other);
  }
  return found;
}

const missing = <T extends { id: string }>(rows: T[], found: Set<string>) => rows.filter((r) => !found.has(r.id));
const idsOf = (rows: Array<{ id: string }>) => rows.map((r) => r.id);
const tripleOf = (p: { programId: string; organizationId: string; role: string }) => `${p.programId}:${p.organizationId}:${p.role}`;
const rateKeyOf = (r: { currency: string; year: number }) => `${r.currency}:${r.year}`;

async function naturalKeyed(tx: Tx, rows: SeedRows, remap: Remap) {
  const sourceWhere = { OR: [{ id: { in: idsOf(rows.sources) } }, { ref: { in: rows.sources.map((s) => s.ref) } }] };
  const sources = await tx.source.findMany({ where: sourceWhere, select: { id: true, ref: true } });
  const orgWhere = { OR: [{ id: { in: idsOf(rows.organizations) } }, { slug: { in: rows.organizations.map((o) => o.slug) } }] };
  const orgs = await tx.organization.findMany({ where: orgWhere, select: { id: true, slug: true } });
  const programWhere = { OR: [{ id: { in: idsOf(rows.programs) } }, { slug: { in: rows.programs.map((p) => p.slug) } }] };
  const programs = await tx.program.findMany({ where: programWhere, select: { id: true, slug: true } });
  return {
    sources: present(
      rows.sources,
      (s) => s.ref,
      sources.map((s) => ({ id: s.id, key: s.ref })),
      remap,
    ),
    organizations: present(
      rows.organizations,
      (o) => o.slug,
      orgs.map((o) => ({ id: o.id, key: o.slug })),
      remap,
    ),
    programs: present(
      rows.programs,
      (p) => p.slug,
      programs.map((p) => ({ id: p.id, key: p.slug })),
      remap,
    ),
  };
}

export async function planInsert(tx: Tx, rows: SeedRows): Promise<SeedRows> {
  const remap: Remap = new Map();
  const found = await naturalKeyed(tx, rows, remap);
  const all = <T extends Record<string, unknown>>(list: T[]) => list.map((row) => remapped(row, remap));
  const select = { id: true } as const;
  const where = (list: Array<{ id: string }>) => ({ id: { in: idsOf(list) } });
  const ids = (list: Array<{ id: string }>) => new Set(idsOf(list));

  const participations = all(rows.participations);
  const programIds = participations.map((p) => p.programId);
  const takenRoles = await tx.participation.findMany({
    where: { programId: { in: programIds } },
    select: { id: true, programId: true, organizationId: true, role: true },
  });
  const rates = await tx.exchangeRate.findMany({
    where: { currency: { in: rows.exchangeRates.map((r) => r.currency) } },
    select: { id: true, currency: true, year: true },
  });
  const announcements = ids(await tx.announcement.findMany({ where: where(rows.announcements), select }));
  const funding = ids(await tx.fundingClaim.findMany({ where: where(rows.fundingClaims), select }));
  const capacity = ids(await tx.capacityClaim.findMany({ where: where(rows.capacityClaims), select }));
  const milestones = ids(await tx.milestone.findMany({ where: where(rows.milestones), select }));
  const revisions = ids(await tx.milestoneRevision.findMany({ where: where(rows.milestoneRevisions), select }));
  const statusChanges = ids(await tx.programStatusChange.findMany({ where: where(rows.statusChanges), select }));
  const noRemap: Remap = new Map();

  return {
    sources: missing(rows.sources, found.sources),
    organizations: missing(rows.organizations, found.organizations),
    programs: missing(all(rows.programs), found.programs),
    announcements: missing(all(rows.announcements), announcements),
    participations: missing(
      participations,
      present(
        participations,
        tripleOf,
        takenRoles.map((p) => ({ id: p.id, key: tripleOf(p) })),
        noRemap,
      ),
    ),
    fundingClaims: await freeSupersedes(tx, "funding", missing(all(rows.fundingClaims), funding)),
    capacityClaims: await freeSupersedes(tx, "capacity", missing(all(rows.capacityClaims), capacity)),
    milestones: missing(all(rows.milestones), milestones),
    milestoneRevisions: missing(all(rows.milestoneRevisions), revisions),
    statusChanges: missing(all(rows.statusChanges), statusChanges),
    exchangeRates: missing(
      rows.exchangeRates,
      present(
        rows.exchangeRates,
        rateKeyOf,
        rates.map((r) => ({ id: r.id, key: rateKeyOf(r) })),
        noRemap,
      ),
    ),
  };
}

/**
 * supersedes_id is unique: when an editor has already made another claim supersede the same
 * figure, the seed's claim is stored without that link rather than failing the whole seed.
 */
async function freeSupersedes<T extends { supersedesId: string | null }>(tx: Tx, table: "funding" | "capacity", rows: T[]): Promise<T[]> {
  const wanted = rows.flatMap((r) => (r.supersedesId ? [r.supersedesId] : []));
  if (wanted.length === 0) return rows;
  const query = { where: { supersedesId: { in: wanted } }, select: { supersedesId: true } } as const;
  const taken = table === "funding" ? await tx.fundingClaim.findMany(query) : await tx.capacityClaim.findMany(query);
  const takenIds = new Set(taken.map((t) => t.supersedesId));
  return rows.map((r) => (r.supersedesId && takenIds.has(r.supersedesId) ? { ...r, supersedesId: null } : r));
}
