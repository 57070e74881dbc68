// Funding and capacity claims with everything a reader needs beside the figure: source, quote,
// confidence, kind, as-of date, the announcement that brought it, and its place in the claim tree.
// Each kind's API schema, its type (z.infer), what it selects and how a row becomes it, in one file.
import { z } from "zod";
import { formatMoney, type ReferenceRate } from "@/lib/money";
import { formatCapacity, precisionLabel } from "@/lib/charts/format-quantity";
import type { Prisma } from "@/lib/generated/prisma/client";
import { moneyColumns, periodOf, toFigure, toMoneyDto } from "./money-dto";
import { asOfFields, isoDate, sourceSelect, toSourceDto } from "./source-dto";
import { claimBaseResponseSchema } from "@/lib/schemas/api/program";
import { moneyResponseSchema, sourceResponseSchema } from "@/lib/schemas/api/common";
import { capacityKinds, capacityMetrics, fundingKinds } from "@/lib/core/vocabulary";

export const fundingClaimResponseSchema = claimBaseResponseSchema
  .extend({
    kind: z.enum(fundingKinds),
    money: moneyResponseSchema,
    periodText: z.string().nullable(),
    statedConversion: z.object({ text: z.string(), source: sourceResponseSchema }).nullable().meta({
      description: "The source's own conversion of the figure, shown beside ours: the two differ by the rate and day each used.",
    }),
  })
  .meta({ id: "FundingClaim" });

export const capacityClaimResponseSchema = claimBaseResponseSchema
  .extend({
    kind: z.enum(capacityKinds),
    metric: z.enum(capacityMetrics),
    unit: z.string(),
    unitDetail: z.string().nullable(),
    precision: z.string().nullable(),
    precisionLabel: z.string().nullable(),
    value: z.object({ value: z.number().nullable(), low: z.number().nullable(), high: z.number().nullable() }),
    text: z.string(),
  })
  .meta({ id: "CapacityClaim" });

// The page holds claims in trees (lib/data/claim-tree.ts) and adds supersededById to each node; the API
// flattens the trees and writes it on the claim (lib/api/program-detail.ts).
export type FundingClaimDto = Omit<z.infer<typeof fundingClaimResponseSchema>, "supersededById">;
export type CapacityClaimDto = Omit<z.infer<typeof capacityClaimResponseSchema>, "supersededById">;
/** What every claim has, whatever its kind. */
export type ClaimBaseDto = FundingClaimDto | CapacityClaimDto;

const commonSelect = {
  id: true,
  label: true,
  shape: true,
  kind: true,
  asOf: true,
  asOfPrecision: true,
  scope: true,
  quote: true,
  confidence: true,
  confidenceNote: true,
  notes: true,
  isHeadline: true,
  parentId: true,
  supersedesId: true,
  claimScope: true,
  withdrawnOn: true,
  withdrawnNote: true,
  source: { select: sourceSelect },
  announcement: { select: { id: true, title: true, announcedOn: true } },
} as const;

export const fundingClaimSelect = {
  ...commonSelect,
  ...moneyColumns,
  statedConversionAmount: true,
  statedConversionCurrency: true,
  statedConversionSource: { select: sourceSelect },
} as const satisfies Prisma.FundingClaimSelect;

export const capacityClaimSelect = {
  ...commonSelect,
  metric: true,
  unit: true,
  unitDetail: true,
  precision: true,
  value: true,
  valueLow: true,
  valueHigh: true,
} as const satisfies Prisma.CapacityClaimSelect;

type FundingRow = Prisma.FundingClaimGetPayload<{ select: typeof fundingClaimSelect }>;
type CapacityRow = Prisma.CapacityClaimGetPayload<{ select: typeof capacityClaimSelect }>;

// Every field but the kind, whose vocabulary differs between funding and capacity claims.
function toBase(row: FundingRow | CapacityRow): Omit<ClaimBaseDto, "kind"> {
  return {
    id: row.id,
    label: row.label,
    shape: row.shape,
    confidence: row.confidence,
    confidenceNote: row.confidenceNote,
    ...asOfFields(row),
    scope: row.scope,
    quote: row.quote,
    notes: row.notes,
    isHeadline: row.isHeadline,
    parentId: row.parentId,
    supersedesId: row.supersedesId,
    claimScope: row.claimScope,
    withdrawnOn: isoDate(row.withdrawnOn),
    withdrawnNote: row.withdrawnNote,
    source: toSourceDto(row.source),
    announcement: row.announcement && { ...row.announcement, announcedOn: isoDate(row.announcement.announcedOn) ?? "" },
  };
}

export function toFundingClaimDto(row: FundingRow, rates: ReferenceRate[]): FundingClaimDto {
  const base = toBase(row);
  const money = toMoneyDto(toFigure(row), base.asOf, base.source.publishedOn, rates, periodOf(row));
  // An incorrect figure (a currency error) is kept on record but never converted.
  const usd =
    row.confidence === "incorrect" ? { ok: false as const, message: "Not converted: this figure is incorrect (see why)." } : money.usd;
  const stated =
    row.statedConversionAmount && row.statedConversionCurrency && row.statedConversionSource
      ? {
          text: formatMoney({
            shape: "exact",
            amount: row.statedConversionAmount.toString(),
            low: null,
            high: null,
            currency: row.statedConversionCurrency,
          }),
          source: toSourceDto(row.statedConversionSource),
        }
      : null;
  return { ...base, kind: row.kind, periodText: row.periodText, money: { ...money, usd }, statedConversion: stated };
}

const toNumber = (value: { toString(): string } | null) => (value === null ? null : Number(value.toString()));

export function toCapacityClaimDto(row: CapacityRow): CapacityClaimDto {
  const value = { value: toNumber(row.value), low: toNumber(row.valueLow), high: toNumber(row.valueHigh) };
  const text = formatCapacity({ shape: row.shape, ...value, unit: row.unit });
  return {
    ...toBase(row),
    kind: row.kind,
    metric: row.metric,
    unit: row.unit,
    unitDetail: row.unitDetail,
    precision: row.precision,
    precisionLabel: row.metric === "compute" ? precisionLabel(row.precision) : null,
    value,
    text,
  };
}
