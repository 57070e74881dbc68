// /api/v1/sources as CSV: one line per (source, record it backs), so a spreadsheet can filter by
// program or by kind of record; a source backing only exchange rates gets one line per rate.
import { sourcesCsvColumns } from "@/lib/schemas/api/sources";
import type { CsvCell } from "./csv";
import type { SourceEntryDto } from "@/lib/schemas/api/sources";

type Column = (typeof sourcesCsvColumns)[number];

const backedKinds = ["funding", "capacity", "milestones", "announcements", "partners", "revisions"] as const;

export function sourceRecords(sources: SourceEntryDto[]): Record<Column, CsvCell>[] {
  return sources.flatMap((source) => {
    const base = {
      source_id: source.id,
      title: source.title,
      publisher: source.publisher,
      source_kind: source.kind,
      url: source.url ?? "",
      published_on: source.publishedOn ?? "",
      reliability: source.reliability,
      language: source.language,
    };
    const items = backedKinds.flatMap((supports) =>
      source[supports].map((item) => ({
        ...base,
        supports,
        item_id: item.id,
        item: item.label,
        program_slug: item.program.slug,
        path: item.path,
      })),
    );
    const rates = source.exchangeRates.map((rate) => ({
      ...base,
      supports: "exchange_rates",
      item_id: "",
      item: `${rate.currency} reference rate ${rate.year}`,
      program_slug: "",
      path: "/sources",
    }));
    return [...items, ...rates];
  });
}
