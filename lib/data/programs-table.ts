// The /programs table: filtered in SQL, sorted here (the USD sort needs the converted headline).
// A fixed number of queries whatever the number of programs: programs (their headline claims and
// those claims' sources batched by Prisma), the region list, the unfiltered count, and the rates.
import type { PrismaClient } from "@/lib/prisma-client";
import type { ProgramFilters } from "@/lib/dashboard/programs-params";
import { fundingClaimSelect, toFundingClaimDto } from "./claim-dto";
import { loadReferenceRates } from "./reference-rates";
import { isoDate } from "./source-dto";
import { visibleFundingClaim, visibleProgram } from "./visibility";
import { type KnownBy } from "@/lib/dashboard/as-of";
import type { FundingClaimDto } from "@/lib/schemas/api/program";

export type ProgramRowDto = {
  slug: string;
  name: string;
  country: string;
  region: string;
  kind: string;
  status: string;
  announcedOn: string;
  lead: string | null;
  headline: FundingClaimDto | null;
  // The upper end of the headline in USD, the sort key of the money column; null when unknown.
  headlineUsdHigh: number | null;
};

export type ProgramsTableDto = { rows: ProgramRowDto[]; regions: string[]; total: number };

export async function loadProgramsTable(db: PrismaClient, knownBy: KnownBy, filters: ProgramFilters): Promise<ProgramsTableDto> {
  const where = visibleProgram(knownBy);
  const [programs, regions, total, rates] = await Promise.all([
    db.program.findMany({
      where: {
        ...where,
        ...(filters.region && { region: filters.region }),
        ...(filters.status && { status: filters.status }),
        ...(filters.kind && { kind: filters.kind }),
      },
      orderBy: [{ name: "asc" }, { slug: "asc" }],
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
        fundingClaims: {
          where: { ...visibleFundingClaim(knownBy), isHeadline: true },
          orderBy: [{ asOf: { sort: "desc", nulls: "last" } }, { id: "asc" }],
          select: fundingClaimSelect,
        },
      },
    }),
    db.program.findMany({ where, distinct: ["region"], orderBy: { region: "asc" }, select: { region: true } }),
    db.program.count({ where }),
    loadReferenceRates(db),
  ]);
  const rows = programs.map((program): ProgramRowDto => {
    // The newest headline; no nested `take`, so Prisma keeps to one batched query for all programs.
    const claim = program.fundingClaims[0];
    const headline = claim ? toFundingClaimDto(claim, rates) : null;
    return {
      slug: program.slug,
      name: program.name,
      country: program.country,
      region: program.region,
      kind: program.kind,
      status: program.status,
      announcedOn: isoDate(program.announcedOn) ?? "",
      lead: program.leadOrganization?.name ?? program.leadDescription,
      headline,
      headlineUsdHigh: headline ? usdHigh(headline) : null,
    };
  });
  return { rows: sortRows(rows, filters), regions: regions.map((r) => r.region), total };
}

function usdHigh(claim: FundingClaimDto): number | null {
  if (!claim.money.usd.ok) return null;
  const figure = claim.money.usd.figure;
  const value = figure.shape === "range" ? figure.high : figure.amount;
  return value === null ? null : Number(value);
}

const collator = new Intl.Collator("en", { sensitivity: "base" });

/** Sorted by the chosen column; rows without a USD figure go last in either direction. */
export function sortRows(rows: ProgramRowDto[], filters: Pick<ProgramFilters, "sort" | "dir">): ProgramRowDto[] {
  const sign = filters.dir === "asc" ? 1 : -1;
  const compare = (a: ProgramRowDto, b: ProgramRowDto): number => {
    switch (filters.sort) {
      case "name":
        return sign * collator.compare(a.name, b.name);
      case "country":
        return sign * collator.compare(a.country, b.country) || collator.compare(a.name, b.name);
      case "announced":
        return sign * a.announcedOn.localeCompare(b.announcedOn) || collator.compare(a.name, b.name);
      case "usd":
        if (a.headlineUsdHigh === null || b.headlineUsdHigh === null)
          return a.headlineUsdHigh === b.headlineUsdHigh ? collator.compare(a.name, b.name) : a.headlineUsdHigh === null ? 1 : -1;
        return sign * (a.headlineUsdHigh - b.headlineUsdHigh) || collator.compare(a.name, b.name);
    }
  };
  return [...rows].sort(compare);
}
