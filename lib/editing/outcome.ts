// What a successful write reports: the record, its new version, and which programs' public pages
// show it ("all" when a shared record such as a source or organisation changed).
export type Affects = { programSlugs: string[] } | "all";

export type EditOutcome = { entityType: string; id: string; version: number; affects: Affects };

export async function programSlugOf(
  tx: { program: { findUnique(args: { where: { id: string }; select: { slug: true } }): Promise<{ slug: string } | null> } },
  programId: string,
): Promise<Affects> {
  const program = await tx.program.findUnique({ where: { id: programId }, select: { slug: true } });
  return { programSlugs: program ? [program.slug] : [] };
}

/** The outcome of a write to a record of one program: that program's pages show it. */
export async function programRecordOutcome(
  tx: Parameters<typeof programSlugOf>[0],
  entityType: string,
  row: { id: string; version: number; programId: string },
): Promise<EditOutcome> {
  return { entityType, id: row.id, version: row.version, affects: await programSlugOf(tx, row.programId) };
}
