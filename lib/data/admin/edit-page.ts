// What an edit page needs: the record as form values, and the lists its selects pick from.
import { choiceKeysOf, fieldNames, type Choices, type FieldSpec } from "@/lib/admin/field-spec";
import { formatPartialDate } from "@/lib/core/partial-date";
import type { PrismaClient } from "@/lib/prisma-client";
import { loadChoices } from "./choices";
import type { EditableEntity } from "@/lib/admin/edit-forms";
import { loadFormRecord, type FormRecord } from "./record-forms";
import { toIsoDay } from "@/lib/core/dates";

export type EditPageData = { record: FormRecord; choices: Choices };

export async function loadEditPage(
  db: PrismaClient,
  entity: EditableEntity,
  id: string,
  fields: readonly FieldSpec[],
): Promise<EditPageData | null> {
  const record = await loadFormRecord(db, entity, id, fieldNames(fields));
  if (!record) return null;
  const programId = entity === "Program" ? record.id : record.programId;
  return { record, choices: await loadChoices(db, choiceKeysOf(fields), programId) };
}

export type ClaimLinks = { supersedesId: string | null; supersededById: string | null };

/** What a claim corrects and what corrected it. */
export async function loadClaimLinks(db: PrismaClient, model: "fundingClaim" | "capacityClaim", id: string): Promise<ClaimLinks> {
  const args = { where: { id }, select: { supersedesId: true, supersededBy: { select: { id: true } } } } as const;
  const row = model === "fundingClaim" ? await db.fundingClaim.findUnique(args) : await db.capacityClaim.findUnique(args);
  return { supersedesId: row?.supersedesId ?? null, supersededById: row?.supersededBy?.id ?? null };
}

export type RevisionItem = { id: string; due: string; reason: string | null; source: string; recordedAt: Date };

/** A milestone's due dates in the order they were recorded: the first is the original. */
export async function loadRevisions(db: PrismaClient, milestoneId: string): Promise<RevisionItem[]> {
  const rows = await db.milestoneRevision.findMany({
    where: { milestoneId },
    orderBy: { recordedAt: "asc" },
    select: {
      id: true,
      dueOn: true,
      duePrecision: true,
      dueText: true,
      relativeDays: true,
      reason: true,
      recordedAt: true,
      source: { select: { publisher: true, title: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    due:
      formatPartialDate(r.dueOn ? toIsoDay(r.dueOn) : null, r.duePrecision) ??
      r.dueText ??
      (r.relativeDays ? `${r.relativeDays} days after its anchor` : "no date"),
    reason: r.reason,
    source: `${r.source.publisher}: ${r.source.title}`,
    recordedAt: r.recordedAt,
  }));
}
