// The one way a row that hangs off a program (a claim, a milestone, a partner) is edited in place: it
// must exist, what the form points at must be live and of the row's program, then the versioned save,
// and the edit reports the program's pages and the first day it can change in a past view.
import type { Actor } from "@/lib/core/actor";
import type { Tx } from "@/lib/core/types";
import { childEdited, type ProgramRow } from "./affected-from";
import type { EditOutcome } from "./outcome";
import { checkReferences, type References } from "./references";
import { readExisting, saveVersioned, type VersionedChange, type VersionedRow } from "./versioned-save";

export async function editProgramRow<Row extends VersionedRow & ProgramRow>(
  tx: Tx,
  actor: Actor,
  change: VersionedChange<Row>,
  references: Omit<References, "programId">,
  // Refusals that need the stored row and come after the references' (field errors of the form).
  checkStored?: (stored: Row) => void,
): Promise<EditOutcome> {
  const stored = await readExisting(tx, change.entityType, change.id, change.read);
  await checkReferences(tx, { programId: stored.programId, ...references });
  checkStored?.(stored);
  const saved = await saveVersioned(tx, actor, change);
  return childEdited(tx, change.entityType, saved);
}
