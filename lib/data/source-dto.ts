import { formatPartialDate, type DatePrecision } from "./partial-date";

// The shape in which a source travels with every figure, on pages and in the API. A source is cited
// by its title, publisher and date; the name of the file an editor recorded it from never leaves
// the admin area.
export type SourceDto = {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  publishedOn: string | null;
  // publishedOn as readers should see it, at the precision the source was dated with.
  publishedLabel: string | null;
  reliability: "primary" | "secondary" | "low" | "unreliable";
};

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
  return date ? date.toISOString().slice(0, 10) : null;
}
