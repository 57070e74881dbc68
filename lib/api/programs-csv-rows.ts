// /api/v1/programs as CSV: one line per headline funding claim (a program without one still gets a
// line, with the claim columns empty), each with its figure (as written, and as stated in
// shape/value_low/value_high/currency, as every CSV of the API gives it), its dollar conversion and its source.
import { statedBounds } from "@/lib/charts/compare-chart";
import { programsCsvColumns } from "@/lib/schemas/api/programs";
import type { CsvCell } from "./csv";
import type { ProgramSummaryDto } from "@/lib/schemas/api/programs";

type Column = (typeof programsCsvColumns)[number];

const noClaim = {
  claim_id: "",
  claim: "",
  funding_kind: "",
  confidence: "",
  as_of: "",
  figure: "",
  shape: "",
  value_low: "",
  value_high: "",
  unit: "",
  currency: "",
  usd: "",
  usd_conversion: "",
  source_title: "",
  source_publisher: "",
  source_url: "",
  source_published: "",
} as const;

export function programRecords(programs: ProgramSummaryDto[]): Record<Column, CsvCell>[] {
  return programs.flatMap((program): Record<Column, CsvCell>[] => {
    const base = {
      program_slug: program.slug,
      program: program.name,
      country: program.country,
      region: program.region,
      kind: program.kind,
      status: program.status,
      announced_on: program.announcedOn,
    };
    if (program.headlineFunding.length === 0) return [{ ...base, ...noClaim }];
    return program.headlineFunding.map((claim) => {
      const stated = claim.money.figure;
      const [low, high] = statedBounds(stated);
      return {
        ...base,
        claim_id: claim.id,
        claim: claim.label,
        funding_kind: claim.kind,
        confidence: claim.confidence,
        as_of: claim.asOf ?? "",
        figure: claim.money.text,
        // Without the shape, an "up to" or "at least" amount (value_low = value_high) would read as exact.
        shape: stated.shape,
        value_low: low ?? "",
        value_high: high ?? "",
        // Money has no unit; the column is there so every CSV of the API has the same value columns.
        unit: "",
        currency: stated.currency,
        usd: claim.money.usd.ok ? claim.money.usd.text : "",
        usd_conversion: claim.money.usd.ok ? (claim.money.usd.sentence ?? "") : claim.money.usd.message,
        source_title: claim.source.title,
        source_publisher: claim.source.publisher,
        source_url: claim.source.url ?? "",
        source_published: claim.source.publishedOn ?? "",
      };
    });
  });
}
