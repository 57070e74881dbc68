// /api/v1/sources as CSV: one line per (source, record it backs), so a spreadsheet can filter by
// program or by kind of record; a source backing only exchange rates gets one line per rate.
import { loadSources } from "@/lib/data/sources";
import { sourcesQuery } from "@/lib/schemas/api/query";
import { columnsOf, recordOf, type CsvCell, type CsvCells } from "./csv";
import type { ListEndpoint } from "./list-get";
import type { SourceEntryDto } from "@/lib/schemas/api/sources";

const backedKinds = ["funding", "capacity", "milestones", "announcements", "partners", "revisions"] as const;

// What one line of a source says it backs: a record (by kind), or an exchange rate.
type Line = { source: SourceEntryDto; supports: string; id: string; label: string; programSlug: string; path: string };

const cells = {
  source_id: ({ source }) => source.id,
  title: ({ source }) => source.title,
  publisher: ({ source }) => source.publisher,
  source_kind: ({ source }) => source.kind,
  url: ({ source }) => source.url ?? "",
  published_on: ({ source }) => source.publishedOn ?? "",
  reliability: ({ source }) => source.reliability,
  language: ({ source }) => source.language,
  supports: (line) => line.supports,
  item_id: (line) => line.id,
  item: (line) => line.label,
  program_slug: (line) => line.programSlug,
  path: (line) => line.path,
} satisfies CsvCells<Line>;

export const sourcesCsvColumns = columnsOf(cells);

export function sourceRecords(sources: SourceEntryDto[]): Record<keyof typeof cells, CsvCell>[] {
  return sources.flatMap((source) => {
    const items = backedKinds.flatMap((supports) =>
      source[supports].map((item) => ({
        source,
        supports,
        id: item.id,
        label: item.label,
        programSlug: item.program.slug,
        path: item.path,
      })),
    );
    const rates = source.exchangeRates.map((rate) => ({
      source,
      supports: "exchange_rates",
      id: "",
      label: `${rate.currency} reference rate ${rate.year}`,
      programSlug: "",
      path: "/sources",
    }));
    return [...items, ...rates].map((line) => recordOf(cells, line));
  });
}

export const sourcesList = {
  name: "sources",
  query: sourcesQuery,
  load: loadSources,
  records: sourceRecords,
  columns: sourcesCsvColumns,
} satisfies ListEndpoint<SourceEntryDto[], (typeof sourcesCsvColumns)[number]>;
