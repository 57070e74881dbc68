import type { PrismaClient } from "@/lib/prisma-client";
import type { DatePrecision } from "@/lib/core/partial-date";
import type { ReferenceRate } from "@/lib/money";
import { moneyColumns, periodOf, toFigure, toMoneyDto } from "./money-dto";
import { loadReferenceRates } from "./reference-rates";
import { visibleProgram, visibleFundingClaim } from "./visibility";
import { type KnownBy } from "@/lib/dashboard/as-of";
import { asOfFields, isoDate, sourceSelect, toSourceDto } from "./source-dto";
import type { SourceDto } from "@/lib/schemas/api/common";
import type { HeadlineFundingDto, ProgramSummaryDto } from "@/lib/schemas/api/programs";

/** A slice of the list in its order: `take` programs after the one announced on `after.announcedOn` named `after.slug`. */
export type ProgramsSlice = { after: { announcedOn: string; slug: string } | null; take: number };

// The list's order is (announced, slug), both unique together: a page starts strictly after the last
// one of the previous page, so programs added or removed meanwhile never repeat or skip another.
function startingAfter(after: ProgramsSlice["after"]) {
  if (!after) return {};
  const day = new Date(`${after.announcedOn}T00:00:00Z`);
  return { OR: [{ announcedOn: { gt: day } }, { announcedOn: day, slug: { gt: after.slug } }] };
}

/** Published programs with their headline money (all, or a slice). Two queries whatever the number of programs. */
export async function listPublishedPrograms(
  db: PrismaClient,
  knownBy: KnownBy = null,
  slice: ProgramsSlice | null = null,
): Promise<ProgramSummaryDto[]> {
  const [programs, rates] = await Promise.all([
    db.program.findMany({
      where: { AND: [visibleProgram(knownBy), startingAfter(slice?.after ?? null)] },
      orderBy: [{ announcedOn: "asc" }, { slug: "asc" }],
      ...(slice && { take: slice.take }),
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
  const dated = asOfFields(claim);
  return {
    id: claim.id,
    label: claim.label,
    kind: claim.kind,
    confidence: claim.confidence,
    ...dated,
    money: toMoneyDto(toFigure(claim), dated.asOf, source.publishedOn, rates, periodOf(claim)),
    source,
  };
}
