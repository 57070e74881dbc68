import type { PrismaClient } from "@/lib/prisma-client";
import { formatPartialDate, type DatePrecision } from "@/lib/core/partial-date";
import type { ReferenceRate } from "@/lib/money";
import { moneyColumns, periodOf, toFigure, toMoneyDto } from "./money-dto";
import { loadReferenceRates } from "./reference-rates";
import { visibleProgram, visibleFundingClaim } from "./visibility";
import { type KnownBy } from "@/lib/dashboard/as-of";
import { isoDate, sourceSelect, toSourceDto } from "./source-dto";
import type { SourceDto } from "@/lib/schemas/api/common";
import type { HeadlineFundingDto, ProgramSummaryDto } from "@/lib/schemas/api/programs";

/** Published programs with their headline money. Two queries whatever the number of programs. */
export async function listPublishedPrograms(db: PrismaClient, knownBy: KnownBy = null): Promise<ProgramSummaryDto[]> {
  const [programs, rates] = await Promise.all([
    db.program.findMany({
      where: visibleProgram(knownBy),
      orderBy: [{ announcedOn: "asc" }, { slug: "asc" }],
      select: {
        slug: true,
        name: true,
        nameFr: true,
        country: true,
        region: true,
        kind: true,
        status: true,
        announcedOn: true,
        summary: true,
        fundingClaims: {
          // A headline is the program's own figure, never related context.
          where: { ...visibleFundingClaim(knownBy), isHeadline: true, claimScope: "own" },
          orderBy: { asOf: { sort: "desc", nulls: "last" } },
          select: {
            id: true,
            label: true,
            kind: true,
            confidence: true,
            asOf: true,
            asOfPrecision: true,
            shape: true,
            ...moneyColumns,
            source: { select: sourceSelect },
          },
        },
      },
    }),
    loadReferenceRates(db),
  ]);
  return programs.map(({ fundingClaims, announcedOn, ...program }) => ({
    ...program,
    announcedOn: isoDate(announcedOn) ?? "",
    headlineFunding: fundingClaims.map((claim) => toHeadlineFundingDto(claim, toSourceDto(claim.source), rates)),
  }));
}

type HeadlineRow = Parameters<typeof toFigure>[0] &
  Parameters<typeof periodOf>[0] &
  Pick<HeadlineFundingDto, "id" | "label" | "kind" | "confidence"> & { asOf: Date | null; asOfPrecision: DatePrecision | null };

/** A money claim as the pages print it, with its USD reading at the claim's year's reference rate. */
export function toHeadlineFundingDto(claim: HeadlineRow, source: SourceDto, rates: ReferenceRate[]): HeadlineFundingDto {
  const asOf = isoDate(claim.asOf);
  return {
    id: claim.id,
    label: claim.label,
    kind: claim.kind,
    confidence: claim.confidence,
    asOf,
    asOfLabel: formatPartialDate(asOf, claim.asOfPrecision),
    money: toMoneyDto(toFigure(claim), asOf, source.publishedOn, rates, periodOf(claim)),
    source,
  };
}
