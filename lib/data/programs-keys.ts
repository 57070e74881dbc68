// The sort keys of every program matching a filter, in a fixed number of queries: each program's
// drawable headline claims (a few columns each) and its milestones' tallies. /programs sorts and
// pages by them; the overview ranks by them. Money sorts by its USD reading at the reference rate of
// its year, which SQL cannot compute, hence a keys query before the page's own.
import type { Prisma } from "@/lib/generated/prisma/client";
import { inColourOrder } from "@/lib/charts/program-colour";
import type { PrismaClient } from "@/lib/prisma-client";
import { type KnownBy } from "@/lib/dashboard/as-of";
import type { ReferenceRate } from "@/lib/money";
import { moneyKindClassOf } from "./comparable-sets";
import { drawableCapacityClaim, drawableFundingClaim } from "./drawable";
import { milestoneSelect, toMilestoneDto } from "./milestone-dto";
import { moneyColumns, periodOf, toFigure, toMoneyDto } from "./money-dto";
import { upperEnd, type ProgramSortKeys } from "./programs-sort";
import { isoDate } from "./source-dto";
import { viewDate } from "./view-date";
import { visibleCapacityClaim, visibleFundingClaim, visibleMilestone } from "./visibility";

export const capacityMetrics = ["power", "accelerators", "compute"] as const;

// Headline claims that may be drawn, newest first: the first of each metric is the program's figure.
export const fundingWhere = (knownBy: KnownBy): Prisma.FundingClaimWhereInput => ({
  AND: [visibleFundingClaim(knownBy), drawableFundingClaim(knownBy)],
  isHeadline: true,
});
export const capacityWhere = (knownBy: KnownBy): Prisma.CapacityClaimWhereInput => ({
  AND: [visibleCapacityClaim(knownBy), drawableCapacityClaim(knownBy)],
  isHeadline: true,
  metric: { in: [...capacityMetrics] },
});
export const newestFirst = [
  { asOf: { sort: "desc", nulls: "last" } },
  { id: "asc" },
] as const satisfies Prisma.FundingClaimOrderByWithRelationInput[];

// Milestones a source stands behind (verified or reported), as the overview's lists.
const trusted: Prisma.MilestoneWhereInput = { confidence: { in: ["verified", "reported"] } };

export type MilestoneTally = { overdue: number; late: number; onTime: number };

export async function loadProgramKeys(
  db: PrismaClient,
  knownBy: KnownBy,
  where: Prisma.ProgramWhereInput,
  rates: ReferenceRate[],
): Promise<(ProgramSortKeys & MilestoneTally)[]> {
  const today = viewDate(knownBy);
  const [rows, milestones] = await Promise.all([
    db.program.findMany({
      where,
      select: {
        slug: true,
        name: true,
        country: true,
        announcedOn: true,
        publishedAt: true,
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
    db.milestone.findMany({ where: { AND: [visibleMilestone(knownBy), trusted, { program: where }] }, select: milestoneSelect(knownBy) }),
  ]);
  const tallies = new Map<string, MilestoneTally>();
  for (const m of milestones.map((row) => toMilestoneDto(row, today, knownBy))) {
    const tally = tallies.get(m.program.slug) ?? { overdue: 0, late: 0, onTime: 0 };
    if (m.overdue) tally.overdue += 1;
    else if (m.status === "completed") tally[m.completedLateByDays && m.completedLateByDays > 0 ? "late" : "onTime"] += 1;
    tallies.set(m.program.slug, tally);
  }
  // In colour order (inColourOrder), which the overview's cards assign colours in; other callers sort.
  return inColourOrder(rows).map((row) => {
    const tally = tallies.get(row.slug) ?? { overdue: 0, late: 0, onTime: 0 };
    return { ...toSortKeys(row, tally.overdue, rates), ...tally };
  });
}

type KeyRow = {
  slug: string;
  name: string;
  country: string;
  announcedOn: Date;
  publishedAt: Date | null;
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
