import type { PrismaClient } from "@/lib/prisma-client";
import type { CompareParams } from "@/lib/dashboard/compare-params";
import type { CompareCapacityClaim, CompareFundingClaim } from "@/lib/charts/compare-types";
import { drawableCapacityClaim, drawableFundingClaim } from "./drawable";
import { formatPartialDate } from "@/lib/core/partial-date";
import { isoDate, sourceSelect, toSourceDto } from "./source-dto";
import { moneyColumns, periodOf } from "./money-dto";
import { visibleCapacityClaim, visibleFundingClaim } from "./visibility";
import { type KnownBy } from "@/lib/dashboard/as-of";

// Every visible claim of the metric for the chosen programs that may be drawn (lib/data/drawable.ts),
// parts and superseded ones included:
// lib/charts/select-claims decides what is drawn, and needs the whole set to know what an update
// replaced. One query whatever the number of programs (the program and source come by relation).
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
  program: { select: { slug: true, name: true } },
  source: { select: sourceSelect },
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
  program: { slug: string; name: string };
  source: Parameters<typeof toSourceDto>[0];
};

function base(row: CommonRow) {
  const asOf = isoDate(row.asOf);
  return {
    id: row.id,
    programSlug: row.program.slug,
    programName: row.program.name,
    label: row.label,
    kind: row.kind,
    confidence: row.confidence,
    shape: row.shape,
    isHeadline: row.isHeadline,
    parentId: row.parentId,
    supersedesId: row.supersedesId,
    asOf,
    asOfLabel: formatPartialDate(asOf, row.asOfPrecision),
    source: toSourceDto(row.source),
  };
}

const text = (value: { toString(): string } | null) => value?.toString() ?? null;

export async function loadFundingClaims(db: PrismaClient, params: CompareParams, knownBy: KnownBy): Promise<CompareFundingClaim[]> {
  const rows = await db.fundingClaim.findMany({
    where: { AND: [visibleFundingClaim(knownBy), drawableFundingClaim(knownBy), ...programFilter(params)] },
    select: { ...common, ...moneyColumns },
  });
  return rows.map((row) => ({
    ...base(row),
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
  return rows.map((row) => ({
    ...base(row),
    type: "capacity",
    metric: row.metric,
    unit: row.unit,
    precision: row.precision,
    value: text(row.value),
    low: text(row.valueLow),
    high: text(row.valueHigh),
  }));
}
