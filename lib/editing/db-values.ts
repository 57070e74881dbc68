// Form values as the database stores them: ISO day strings become UTC-midnight dates (what Prisma
// returns for @db.Date columns), so what an editor typed reads back unchanged.
export function dayOf(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function optionalDayOf(iso: string | null): Date | null {
  return iso === null ? null : dayOf(iso);
}
