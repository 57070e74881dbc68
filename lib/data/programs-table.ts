// The /programs explorer: filtered in SQL, sorted here, one page of details fetched. A fixed number
// of queries whatever the number of programs: the sort keys of every matching program
// (programs-keys.ts), the page's programs with their headline claims and sources, the region and
// country lists, the unfiltered count, and the rates.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/prisma-client";
import { PROGRAMS_PAGE_SIZE, type ProgramFilters } from "@/lib/dashboard/programs-params";
import { type KnownBy } from "@/lib/dashboard/as-of";
import type { ReferenceRate } from "@/lib/money";
import { capacityClaimSelect, fundingClaimSelect, toCapacityClaimDto, toFundingClaimDto } from "./claim-dto";
import type { CapacityClaimDto, FundingClaimDto } from "./claim-dto";
import { moneyKindClassOf } from "./comparable-sets";
import { capacityWhere, fundingWhere, loadProgramKeys, newestFirst, type MilestoneTally } from "./programs-keys";
import { sortPrograms, type ProgramSortKeys } from "./programs-sort";
import { loadReferenceRates } from "./reference-rates";
import { isoDate } from "./source-dto";
import { visibleProgram } from "./visibility";

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
  // Milestones a source stands behind: open past their deadline, completed late, completed on time.
  overdue: number;
  late: number;
  onTime: number;
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

export async function loadProgramsTable(db: PrismaClient, knownBy: KnownBy, filters: ProgramFilters): Promise<ProgramsTableDto> {
  const visible = visibleProgram(knownBy);
  const where: Prisma.ProgramWhereInput = {
    ...visible,
    ...(filters.region && { region: filters.region }),
    ...(filters.country && { country: filters.country }),
    ...(filters.status && { status: filters.status }),
    ...(filters.kind && { kind: filters.kind }),
  };
  const [rates, regions, countries, total] = await Promise.all([
    loadReferenceRates(db),
    db.program.findMany({ where: visible, distinct: ["region"], orderBy: { region: "asc" }, select: { region: true } }),
    db.program.findMany({ where: visible, distinct: ["country"], orderBy: { country: "asc" }, select: { country: true } }),
    db.program.count({ where: visible }),
  ]);
  const keys = (await loadProgramKeys(db, knownBy, where, rates)).filter((key) => !filters.overdue || key.overdue > 0);
  const pages = Math.max(1, Math.ceil(keys.length / PROGRAMS_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const shown = sortPrograms(keys, filters).slice((page - 1) * PROGRAMS_PAGE_SIZE, page * PROGRAMS_PAGE_SIZE);
  const details = await loadPagePrograms(db, knownBy, shown, rates);
  return {
    rows: shown.map((key) => ({ ...details.get(key.slug)!, overdue: key.overdue, late: key.late, onTime: key.onTime })),
    regions: regions.map((r) => r.region),
    countries: countries.map((c) => c.country),
    matching: keys.length,
    total,
    page,
    pages,
  };
}

/** The shown programs with the claims their cells print, by slug. */
export async function loadPagePrograms(
  db: PrismaClient,
  knownBy: KnownBy,
  shown: ProgramSortKeys[],
  rates: ReferenceRate[],
): Promise<Map<string, Omit<ProgramRowDto, keyof MilestoneTally>>> {
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
