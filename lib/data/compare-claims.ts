import type { PrismaClient } from "@/lib/prisma-client";
import type { CompareParams } from "@/lib/dashboard/compare-params";
import type { CompareCapacityClaim, CompareFundingClaim } from "@/lib/charts/compare-types";
import { drawableCapacityClaim, drawableFundingClaim } from "./drawable";
import { formatPartialDate } from "@/lib/core/partial-date";
import { asOfFields, sourceSelect, toSourceDto } from "./source-dto";
import { moneyColumns, periodOf } from "./money-dto";
import { visibleCapacityClaim, visibleFundingClaim } from "./visibility";
import { type KnownBy } from "@/lib/dashboard/as-of";

// Every visible claim of the metric for the chosen programs that may be drawn (lib/data/drawable.ts),
// parts and superseded ones included:
// lib/charts/select-claims decides what is drawn, and needs the whole set to know what an update
// replaced. Three queries whatever the number of programs: the claims, then their programs and
// sources by distinct id (relatedRows). Prisma's own relation read would send one id per claim and
// split the list into several statements past PostgreSQL's 32,767 bind parameters (100,000 claims).
const common = {
  id: true,
  label: true,
  kind: true,
  confidence: true,
  shape: true,
  isHeadline: true,
  parentId: true,
  supersedesId: true,
  asOf: true,
  asOfPrecision: true,
  programId: true,
  sourceId: true,
} as const;

function programFilter(params: CompareParams) {
  return params.programs.length > 0 ? [{ program: { slug: { in: params.programs } } }] : [];
}

type CommonRow = {
  id: string;
  label: string;
  kind: string;
  confidence: CompareFundingClaim["confidence"];
  shape: CompareFundingClaim["shape"];
  isHeadline: boolean;
  parentId: string | null;
  supersedesId: string | null;
  asOf: Date | null;
  asOfPrecision: Parameters<typeof formatPartialDate>[1];
  programId: string;
  sourceId: string;
};

type Related = { programs: Map<string, { slug: string; name: string }>; sources: Map<string, ReturnType<typeof toSourceDto>> };

/** The programs and sources of these claims: one query each, by distinct id (there are far fewer than claims). */
async function relatedRows(db: PrismaClient, rows: readonly CommonRow[]): Promise<Related> {
  const ids = (key: "programId" | "sourceId") => [...new Set(rows.map((row) => row[key]))];
  const [programs, sources] = await Promise.all([
    db.program.findMany({ where: { id: { in: ids("programId") } }, select: { id: true, slug: true, name: true } }),
    db.source.findMany({ where: { id: { in: ids("sourceId") } }, select: sourceSelect }),
  ]);
  return { programs: new Map(programs.map((p) => [p.id, p])), sources: new Map(sources.map((s) => [s.id, toSourceDto(s)])) };
}

function base(row: CommonRow, related: Related) {
  const program = related.programs.get(row.programId)!;
  return {
    id: row.id,
    programSlug: program.slug,
    programName: program.name,
    label: row.label,
    kind: row.kind,
    confidence: row.confidence,
    shape: row.shape,
    isHeadline: row.isHeadline,
    parentId: row.parentId,
    supersedesId: row.supersedesId,
    ...asOfFields(row),
    source: related.sources.get(row.sourceId)!,
  };
}

const text = (value: { toString(): string } | null) => value?.toString() ?? null;

export async function loadFundingClaims(db: PrismaClient, params: CompareParams, knownBy: KnownBy): Promise<CompareFundingClaim[]> {
  const rows = await db.fundingClaim.findMany({
    where: { AND: [visibleFundingClaim(knownBy), drawableFundingClaim(knownBy), ...programFilter(params)] },
    select: { ...common, ...moneyColumns },
  });
  const related = await relatedRows(db, rows);
  return rows.map((row) => ({
    ...base(row, related),
    type: "funding",
    amount: text(row.amount),
    low: text(row.amountLow),
    high: text(row.amountHigh),
    currency: row.currency,
    period: periodOf(row),
  }));
}

export async function loadCapacityClaims(db: PrismaClient, params: CompareParams, knownBy: KnownBy): Promise<CompareCapacityClaim[]> {
  if (params.metric === "money") return [];
  const rows = await db.capacityClaim.findMany({
    where: { AND: [visibleCapacityClaim(knownBy), drawableCapacityClaim(knownBy), { metric: params.metric }, ...programFilter(params)] },
    select: { ...common, metric: true, unit: true, precision: true, value: true, valueLow: true, valueHigh: true },
  });
  const related = await relatedRows(db, rows);
  return rows.map((row) => ({
    ...base(row, related),
    type: "capacity",
    metric: row.metric,
    unit: row.unit,
    precision: row.precision,
    value: text(row.value),
    low: text(row.valueLow),
    high: text(row.valueHigh),
  }));
}
