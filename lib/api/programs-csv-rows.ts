// /api/v1/programs as CSV: one line per headline funding claim (a program without one still gets a
// line, with the claim columns empty), each with its figure (as written, and as stated in
// shape/value_low/value_high/currency, as every CSV of the API gives it), its dollar conversion and its source.
import { statedBounds } from "@/lib/charts/compare-chart";
import { columnsOf, recordOf, type CsvCell, type CsvCells } from "./csv";
import type { HeadlineFundingDto, ProgramSummaryDto } from "@/lib/schemas/api/programs";

type Line = { program: ProgramSummaryDto; claim: HeadlineFundingDto | null };

/** A claim column: empty on the line of a program without a headline claim. */
function ofClaim(cell: (claim: HeadlineFundingDto) => CsvCell) {
  return ({ claim }: Line): CsvCell => (claim ? cell(claim) : "");
}

const cells = {
  program_slug: ({ program }) => program.slug,
  program: ({ program }) => program.name,
  country: ({ program }) => program.country,
  region: ({ program }) => program.region,
  kind: ({ program }) => program.kind,
  status: ({ program }) => program.status,
  announced_on: ({ program }) => program.announcedOn,
  claim_id: ofClaim((claim) => claim.id),
  claim: ofClaim((claim) => claim.label),
  funding_kind: ofClaim((claim) => claim.kind),
  confidence: ofClaim((claim) => claim.confidence),
  as_of: ofClaim((claim) => claim.asOf ?? ""),
  figure: ofClaim((claim) => claim.money.text),
  // Without the shape, an "up to" or "at least" amount (value_low = value_high) would read as exact.
  shape: ofClaim((claim) => claim.money.figure.shape),
  value_low: ofClaim((claim) => statedBounds(claim.money.figure)[0] ?? ""),
  value_high: ofClaim((claim) => statedBounds(claim.money.figure)[1] ?? ""),
  // Money has no unit; the column is there so every CSV of the API has the same value columns.
  unit: () => "",
  currency: ofClaim((claim) => claim.money.figure.currency),
  usd: ofClaim((claim) => (claim.money.usd.ok ? claim.money.usd.text : "")),
  usd_conversion: ofClaim((claim) => (claim.money.usd.ok ? (claim.money.usd.sentence ?? "") : claim.money.usd.message)),
  source_title: ofClaim((claim) => claim.source.title),
  source_publisher: ofClaim((claim) => claim.source.publisher),
  source_url: ofClaim((claim) => claim.source.url ?? ""),
  source_published: ofClaim((claim) => claim.source.publishedOn ?? ""),
} satisfies CsvCells<Line>;

export const programsCsvColumns = columnsOf(cells);

export function programRecords(programs: ProgramSummaryDto[]): Record<keyof typeof cells, CsvCell>[] {
  return programs.flatMap((program) => {
    const claims = program.headlineFunding.length === 0 ? [null] : program.headlineFunding;
    return claims.map((claim) => recordOf(cells, { program, claim }));
  });
}
