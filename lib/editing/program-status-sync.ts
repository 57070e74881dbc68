// A program's current status is the one its latest status change reached (the seed keeps them in
// step the same way). When an editor adds, edits, deletes or restores the latest change, the program
// follows, audited as a program update in the same transaction. A change to an older one leaves the
// program as it is, so a status an editor set on the program itself is not undone by an unrelated edit.
import type { Actor } from "@/lib/core/actor";
import type { Tx } from "@/lib/core/types";
import type { ProgramStatus } from "@/lib/generated/prisma/client";
import { saveVersioned } from "./versioned-save";

const latestFirst = [{ effectiveOn: "desc" }, { createdAt: "desc" }] as const;

/** The id of the program's latest live status change, or null when it has none. */
export async function latestStatusChangeId(tx: Tx, programId: string): Promise<string | null> {
  const latest = await tx.programStatusChange.findFirst({
    where: { programId, deletedAt: null },
    orderBy: [...latestFirst],
    select: { id: true },
  });
  return latest?.id ?? null;
}

type Changed = { id: string; programId: string; fromStatus: ProgramStatus | null; wasLatest: boolean };

export async function followLatestStatus(tx: Tx, actor: Actor, changed: Changed): Promise<void> {
  const latest = await tx.programStatusChange.findFirst({
    where: { programId: changed.programId, deletedAt: null },
    orderBy: [...latestFirst],
    select: { id: true, status: true, detail: true },
  });
  if (!changed.wasLatest && latest?.id !== changed.id) return;
  // With no change left, the program goes back to the status the removed one started from.
  const target = latest
    ? { status: latest.status, statusDetail: latest.detail }
    : changed.fromStatus && { status: changed.fromStatus, statusDetail: null };
  if (!target) return;
  const read = (t: Tx) => t.program.findUnique({ where: { id: changed.programId } });
  const program = await read(tx);
  // A deleted program keeps the status it was deleted with: restoring it is its own, audited, step.
  if (!program || program.deletedAt || (program.status === target.status && program.statusDetail === target.statusDetail)) return;
  await saveVersioned(tx, actor, {
    entityType: "Program",
    id: program.id,
    version: program.version,
    read,
    write: (t, where) =>
      t.program.updateMany({
        where,
        data: { status: target.status, statusDetail: target.statusDetail, version: { increment: 1 } },
      }),
  });
}
