// The /programs explorer: filtered in SQL, sorted here, one page of details fetched. A fixed number
// of queries whatever the number of programs: the sort keys of every matching program (its headline
// figures and open milestones, a few columns each), the page's programs with their headline claims
// and sources, the region and country lists, the unfiltered count, and the rates. Money sorts by its
// USD reading at the reference rate of its year, which SQL cannot compute, hence the keys query.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/prisma-client";
import { PROGRAMS_PAGE_SIZE, type ProgramFilters } from "@/lib/dashboard/programs-params";
import { type KnownBy } from "@/lib/dashboard/as-of";
import type { ReferenceRate } from "@/lib/money";
import type { CapacityClaimDto, FundingClaimDto } from "@/lib/schemas/api/program";
import { capacityClaimSelect, fundingClaimSelect, toCapacityClaimDto, toFundingClaimDto } from "./claim-dto";
import { moneyKindClassOf } from "./comparable-sets";
import { drawableCapacityClaim, drawableFundingClaim } from "./drawable";
import { milestoneSelect, toMilestoneDto } from "./milestone-dto";
import { moneyColumns, periodOf, toFigure, toMoneyDto } from "./money-dto";
import { openMilestonesBy } from "./overview";
import { sortPrograms, upperEnd, type ProgramSortKeys } from "./programs-sort";
import { loadReferenceRates } from "./reference-rates";
import { isoDate } from "./source-dto";
import { viewDate } from "./view-date";
import { visibleCapacityClaim, visibleFundingClaim, visibleProgram } from "./visibility";

const capacityMetrics = ["power", "accelerators", "compute"] as const;

export type ProgramRowDto = {
  slug: string;
  name: string;
  country: string;
  region: string;
  kind: string;
  status: string;
  announcedOn: string;
  lead: string | null;
  // The figure each metric column shows and sorts by (lib/data/programs-sort.ts); null when none.
  publicMoney: FundingClaimDto | null;
  privateMoney: FundingClaimDto | null;
  power: CapacityClaimDto | null;
  accelerators: CapacityClaimDto | null;
  compute: CapacityClaimDto | null;
  overdue: number;
};

export type ProgramsTableDto = {
  rows: ProgramRowDto[];
  regions: string[];
  countries: string[];
  // Programs matching the filters, all visible programs, and the page shown (clamped to the last).
  matching: number;
  total: number;
  page: number;
  pages: number;
};

// Headline claims that may be drawn, newest first: the first of each metric is the program's figure.
const fundingWhere = (knownBy: KnownBy): Prisma.FundingClaimWhereInput => ({
  AND: [visibleFundingClaim(knownBy), drawableFundingClaim(knownBy)],
  isHeadline: true,
});
const capacityWhere = (knownBy: KnownBy): Prisma.CapacityClaimWhereInput => ({
  AND: [visibleCapacityClaim(knownBy), drawableCapacityClaim(knownBy)],
  isHeadline: true,
  metric: { in: [...capacityMetrics] },
});
const newestFirst = [
  { asOf: { sort: "desc", nulls: "last" } },
  { id: "asc" },
] as const satisfies Prisma.FundingClaimOrderByWithRelationInput[];

export async function loadProgramsTable(db: PrismaClient, knownBy: KnownBy, filters: ProgramFilters): Promise<ProgramsTableDto> {
  const visible = visibleProgram(knownBy);
  const where: Prisma.ProgramWhereInput = {
    ...visible,
    ...(filters.region && { region: filters.region }),
    ...(filters.country && { country: filters.country }),
    ...(filters.status && { status: filters.status }),
    ...(filters.kind && { kind: filters.kind }),
  };
  const today = viewDate(knownBy);
  const [keyRows, milestones, regions, countries, total, rates] = await Promise.all([
    db.program.findMany({
      where,
      select: {
        slug: true,
        name: true,
        country: true,
        announcedOn: true,
        fundingClaims: {
          where: fundingWhere(knownBy),
          orderBy: newestFirst,
          select: { kind: true, shape: true, asOf: true, ...moneyColumns, source: { select: { publishedOn: true } } },
        },
        capacityClaims: {
          where: capacityWhere(knownBy),
          orderBy: newestFirst,
          select: { metric: true, shape: true, value: true, valueHigh: true, precision: true },
        },
      },
    }),
    db.milestone.findMany({ where: { AND: [openMilestonesBy(knownBy, today), { program: where }] }, select: milestoneSelect(knownBy) }),
    db.program.findMany({ where: visible, distinct: ["region"], orderBy: { region: "asc" }, select: { region: true } }),
    db.program.findMany({ where: visible, distinct: ["country"], orderBy: { country: "asc" }, select: { country: true } }),
    db.program.count({ where: visible }),
    loadReferenceRates(db),
  ]);
  const overdue = new Map<string, number>();
  for (const m of milestones.map((row) => toMilestoneDto(row, today, knownBy)))
    if (m.overdue) overdue.set(m.program.slug, (overdue.get(m.program.slug) ?? 0) + 1);
  const keys = keyRows
    .map((row) => toSortKeys(row, overdue.get(row.slug) ?? 0, rates))
    .filter((key) => !filters.overdue || key.overdue > 0);
  const pages = Math.max(1, Math.ceil(keys.length / PROGRAMS_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const shown = sortPrograms(keys, filters).slice((page - 1) * PROGRAMS_PAGE_SIZE, page * PROGRAMS_PAGE_SIZE);
  const details = await loadPagePrograms(db, knownBy, shown, rates);
  return {
    rows: shown.map((key) => ({ ...details.get(key.slug)!, overdue: key.overdue })),
    regions: regions.map((r) => r.region),
    countries: countries.map((c) => c.country),
    matching: keys.length,
    total,
    page,
    pages,
  };
}

type KeyRow = {
  slug: string;
  name: string;
  country: string;
  announcedOn: Date;
  fundingClaims: (Parameters<typeof toFigure>[0] &
    Parameters<typeof periodOf>[0] & { kind: string; asOf: Date | null; source: { publishedOn: Date | null } })[];
  capacityClaims: { metric: string; shape: string; value: unknown; valueHigh: unknown; precision: string | null }[];
};

const toNumber = (value: unknown) => (value === null || value === undefined ? null : Number(String(value)));

function usdUpperEnd(claim: KeyRow["fundingClaims"][number] | undefined, rates: ReferenceRate[]): number | null {
  if (!claim) return null;
  const money = toMoneyDto(toFigure(claim), isoDate(claim.asOf), isoDate(claim.source.publishedOn), rates, periodOf(claim));
  if (!money.usd.ok) return null;
  const figure = money.usd.figure;
  return upperEnd({ shape: figure.shape, value: toNumber(figure.amount), high: toNumber(figure.high) });
}

function toSortKeys(row: KeyRow, overdue: number, rates: ReferenceRate[]): ProgramSortKeys {
  const money = (kind: "public" | "private") => row.fundingClaims.find((c) => moneyKindClassOf(c.kind) === kind);
  const capacity = (metric: string) => {
    const claim = row.capacityClaims.find((c) => c.metric === metric);
    return claim ? { value: upperEnd({ shape: claim.shape, value: toNumber(claim.value), high: toNumber(claim.valueHigh) }), claim } : null;
  };
  const compute = capacity("compute");
  return {
    slug: row.slug,
    name: row.name,
    country: row.country,
    announcedOn: isoDate(row.announcedOn) ?? "",
    public: usdUpperEnd(money("public"), rates),
    private: usdUpperEnd(money("private"), rates),
    power: capacity("power")?.value ?? null,
    accelerators: capacity("accelerators")?.value ?? null,
    compute: compute && compute.value !== null ? { value: compute.value, precision: compute.claim.precision } : null,
    overdue,
  };
}

/** The shown programs with the claims their cells print, by slug. */
async function loadPagePrograms(
  db: PrismaClient,
  knownBy: KnownBy,
  shown: ProgramSortKeys[],
  rates: ReferenceRate[],
): Promise<Map<string, Omit<ProgramRowDto, "overdue">>> {
  const programs = await db.program.findMany({
    where: { slug: { in: shown.map((key) => key.slug) } },
    select: {
      slug: true,
      name: true,
      country: true,
      region: true,
      kind: true,
      status: true,
      announcedOn: true,
      leadDescription: true,
      leadOrganization: { select: { name: true } },
      fundingClaims: { where: fundingWhere(knownBy), orderBy: newestFirst, select: fundingClaimSelect },
      capacityClaims: { where: capacityWhere(knownBy), orderBy: newestFirst, select: capacityClaimSelect },
    },
  });
  return new Map(
    programs.map((program) => {
      const money = (kind: "public" | "private") => {
        const claim = program.fundingClaims.find((c) => moneyKindClassOf(c.kind) === kind);
        return claim ? toFundingClaimDto(claim, rates) : null;
      };
      const capacity = (metric: string) => {
        const claim = program.capacityClaims.find((c) => c.metric === metric);
        return claim ? toCapacityClaimDto(claim) : null;
      };
      return [
        program.slug,
        {
          slug: program.slug,
          name: program.name,
          country: program.country,
          region: program.region,
          kind: program.kind,
          status: program.status,
          announcedOn: isoDate(program.announcedOn) ?? "",
          lead: program.leadOrganization?.name ?? program.leadDescription,
          publicMoney: money("public"),
          privateMoney: money("private"),
          power: capacity("power"),
          accelerators: capacity("accelerators"),
          compute: capacity("compute"),
        },
      ];
    }),
  );
}
