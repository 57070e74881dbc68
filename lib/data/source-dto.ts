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
