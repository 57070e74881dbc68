import type { PrismaClient } from "@/lib/prisma-client";
import { formatPartialDate } from "@/lib/core/partial-date";
import { moneyColumns, periodOf, toFigure, toMoneyDto, type MoneyDto } from "./money-dto";
import { loadReferenceRates } from "./reference-rates";
import { visibleProgram, visibleFundingClaim } from "./visibility";
import { type KnownBy } from "@/lib/dashboard/as-of";
import { isoDate, sourceSelect, toSourceDto } from "./source-dto";
import type { SourceDto } from "@/lib/schemas/api/common";

export type HeadlineFundingDto = {
  id: string;
  label: string;
  kind: string;
  confidence: string;
  asOf: string | null;
  asOfLabel: string | null;
  money: MoneyDto;
  source: SourceDto;
};

export type ProgramSummaryDto = {
  slug: string;
  name: string;
  nameFr: string | null;
  country: string;
  region: string;
  kind: string;
  status: string;
  announcedOn: string;
  summary: string;
  headlineFunding: HeadlineFundingDto[];
};

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
    headlineFunding: fundingClaims.map((claim) => {
      const source = toSourceDto(claim.source);
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
    }),
  }));
}
