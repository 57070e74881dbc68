import { formatPartialDate, type DatePrecision } from "@/lib/core/partial-date";
import type { SourceDto } from "@/lib/schemas/api/common";
import { toIsoDay } from "@/lib/core/dates";

export const sourceSelect = {
  id: true,
  title: true,
  publisher: true,
  url: true,
  publishedOn: true,
  publishedPrecision: true,
  reliability: true,
} as const;

type SourceRow = Omit<SourceDto, "publishedOn" | "publishedLabel"> & { publishedOn: Date | null; publishedPrecision: DatePrecision | null };

export function toSourceDto({ publishedPrecision, ...row }: SourceRow): SourceDto {
  const publishedOn = isoDate(row.publishedOn);
  return { ...row, publishedOn, publishedLabel: formatPartialDate(publishedOn, publishedPrecision) };
}

/** A `@db.Date` column as "YYYY-MM-DD" (Prisma returns it as midnight UTC). */
export function isoDate(date: Date | null): string | null {
  return date ? toIsoDay(date) : null;
}

/** A claim's as-of day with its label as precise as the source gives it ("Mar 2026"): the two always travel together. */
export function asOfFields(row: { asOf: Date | null; asOfPrecision: DatePrecision | null }) {
  const asOf = isoDate(row.asOf);
  return { asOf, asOfLabel: formatPartialDate(asOf, row.asOfPrecision) };
}
