// What a successful write reports: the record, its new version, which programs' public pages show
// it ("all" when a shared record such as a source or organisation changed), and the first day it
// can change in a past view (lib/editing/affected-from.ts; null: unknown, every day).
import type { IsoDate } from "@/lib/core/dates";

export type Affects = { programSlugs: string[] } | "all";

export type EditOutcome = { entityType: string; id: string; version: number; affects: Affects; affectedFrom: IsoDate | null };

export async function programSlugOf(
  tx: { program: { findUnique(args: { where: { id: string }; select: { slug: true } }): Promise<{ slug: string } | null> } },
  programId: string,
): Promise<Affects> {
  const program = await tx.program.findUnique({ where: { id: programId }, select: { slug: true } });
  return { programSlugs: program ? [program.slug] : [] };
}
