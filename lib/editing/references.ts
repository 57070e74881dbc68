// Rows a form points at must exist, be live, and belong to the same program: otherwise the editor
// gets a field error instead of a database error (or a claim quietly citing a deleted source).
import type { Tx } from "@/lib/core/types";
import { InvalidInputError } from "./invalid-input";

export type References = {
  programId: string;
  sourceId?: string;
  announcementId?: string | null;
  parent?: { model: "fundingClaim" | "capacityClaim"; id: string | null; selfId?: string };
  // Further sources a record cites, by form field (a departure's, a completion's).
  otherSources?: Record<string, string | null>;
};

export async function checkReferences(tx: Tx, refs: References): Promise<void> {
  const errors: Record<string, string[]> = {};
  if (refs.sourceId !== undefined) {
    const source = await tx.source.findUnique({ where: { id: refs.sourceId }, select: { deletedAt: true } });
    if (!source || source.deletedAt) errors.sourceId = ["Choose an existing source."];
  }
  for (const [field, id] of Object.entries(refs.otherSources ?? {})) {
    if (id === null) continue;
    const source = await tx.source.findUnique({ where: { id }, select: { deletedAt: true } });
    if (!source || source.deletedAt) errors[field] = ["Choose an existing source."];
  }
  if (refs.announcementId) {
    const announcement = await tx.announcement.findUnique({
      where: { id: refs.announcementId },
      select: { programId: true, deletedAt: true },
    });
    if (!announcement || announcement.deletedAt || announcement.programId !== refs.programId) {
      errors.announcementId = ["Choose an announcement of this program."];
    }
  }
  const parent = refs.parent;
  if (parent?.id) {
    const where = { where: { id: parent.id }, select: { programId: true, parentId: true, deletedAt: true } } as const;
    const row = parent.model === "fundingClaim" ? await tx.fundingClaim.findUnique(where) : await tx.capacityClaim.findUnique(where);
    // A parent that is itself a part of this claim would make a loop.
    const loops = parent.id === parent.selfId || (row !== null && row.parentId !== null && row.parentId === parent.selfId);
    if (loops || !row || row.deletedAt || row.programId !== refs.programId) {
      errors.parentId = ["Choose another claim of this program as the whole this is part of."];
    }
  }
  if (Object.keys(errors).length > 0) throw new InvalidInputError(errors);
}
