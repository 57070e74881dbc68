// The first day an edit can change in a past view (EditOutcome.affectedFrom), from the rows it
// touched, before and after: lib/data/visible-from.ts judges them, these read what it needs of a
// row's program, announcement and source inside the edit's transaction. The publication that
// follows keeps every stored past view of an earlier day (lib/actions/invalidate.ts).
//
// Accepted: two editors at once can make D too late. These reads see what is committed (READ
// COMMITTED), so an edit of a claim that reads its program just before another editor commits an
// earlier announcedOn for it (or restores it, and publishes that earlier day) names the later day; a
// past view between the two days rendered meanwhile shows the claim as before, and stays until the
// next publication that affects its day. Rare (two edits of one program within a transaction's
// milliseconds, and a past view of a day between them requested in that window). A share lock on the
// program (SELECT … FOR SHARE) would close it, but deadlocks two edits that each read, then update,
// the same program.
import type { IsoDate } from "@/lib/core/dates";
import type { Tx } from "@/lib/core/types";
import { affectedFrom, type Publishable, type VisibleRow } from "@/lib/data/visible-from";
import { programSlugOf, type EditOutcome } from "./outcome";

/** A row that hangs off a program: a claim, a milestone, a partner (each as stored before or after the edit). */
export type ProgramRow = {
  programId: string;
  announcementId?: string | null;
  sourceId?: string;
  deletedAt?: Date | null;
  asOf?: Date | null;
  joinedOn?: Date | null;
};

const publishable = { publicationState: true, publishedAt: true, announcedOn: true, deletedAt: true } as const;

/**
 * The program alone: for the program's own fields, and for rows whose change every past view of the
 * program reads (its status history: a past view's status is worked out from every transition,
 * known that day or not, lib/data/status-history.ts).
 */
export async function programRow(tx: Tx, programId: string): Promise<VisibleRow | null> {
  const program = await tx.program.findUnique({ where: { id: programId }, select: publishable });
  return program && { program };
}

/** An announcement as it was before or is after its own change (its program is read as it is). */
export async function announcementRow(tx: Tx, announcement: Publishable & { programId: string }): Promise<VisibleRow | null> {
  const row = await programRow(tx, announcement.programId);
  return row && { ...row, announcement };
}

export async function childRow(tx: Tx, row: ProgramRow): Promise<VisibleRow | null> {
  const program = await programRow(tx, row.programId);
  if (!program) return null;
  const announcement = row.announcementId
    ? await tx.announcement.findUnique({ where: { id: row.announcementId }, select: publishable })
    : null;
  // A row whose announcement is gone cannot be bounded by it.
  if (row.announcementId && !announcement) return null;
  const source = row.sourceId ? await tx.source.findUnique({ where: { id: row.sourceId }, select: { publishedOn: true } }) : null;
  return {
    ...program,
    announcement,
    deletedAt: row.deletedAt,
    dates: [row.asOf ?? null, row.joinedOn ?? null, source?.publishedOn ?? null],
  };
}

/** The first day a change of these rows (each before and after) can show in a past view. */
export async function childrenAffectedFrom(tx: Tx, rows: readonly ProgramRow[]): Promise<IsoDate | null> {
  const visible: (VisibleRow | null)[] = [];
  // One after another: a transaction's queries share one connection.
  for (const row of rows) visible.push(await childRow(tx, row));
  return affectedFrom(visible);
}

/** What the edit of a row that hangs off a program reports: its program's pages, and its first day before and after. */
export async function childEdited(
  tx: Tx,
  entityType: string,
  { before, after }: { before: ProgramRow; after: ProgramRow & { id: string; version: number } },
): Promise<EditOutcome> {
  return {
    entityType,
    id: after.id,
    version: after.version,
    affects: await programSlugOf(tx, after.programId),
    affectedFrom: await childrenAffectedFrom(tx, [before, after]),
  };
}

/** A status change's edit: it shows wherever its program does. */
export async function statusChangeAffectedFrom(tx: Tx, programId: string): Promise<IsoDate | null> {
  return affectedFrom([await programRow(tx, programId)]);
}
