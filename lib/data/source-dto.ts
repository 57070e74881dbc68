// The shape in which a source travels with every figure, on pages and in the API.
export type SourceDto = {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  seedDocument: string | null;
  publishedOn: string | null;
  reliability: "primary" | "secondary" | "low" | "unreliable";
};

export const sourceSelect = {
  id: true,
  title: true,
  publisher: true,
  url: true,
  seedDocument: true,
  publishedOn: true,
  reliability: true,
} as const;

type SourceRow = Omit<SourceDto, "publishedOn"> & { publishedOn: Date | null };

export function toSourceDto(row: SourceRow): SourceDto {
  return { ...row, publishedOn: isoDate(row.publishedOn) };
}

/** A `@db.Date` column as "YYYY-MM-DD" (Prisma returns it as midnight UTC). */
export function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
