// Each kind of record an editor changes in place, with its edit form's fields and where its pages are: the edit pages, their one
// save action (lib/actions/edit-records.ts) and a conflict's compare view all read the same entry.
import { capacityClaimFields, fundingClaimFields } from "./claim-form-fields";
import type { FieldSpec } from "./field-spec";
import {
  milestoneFields,
  organizationFields,
  participationFields,
  programFields,
  sourceFields,
  statusChangeFields,
} from "./record-form-fields";

export type EditForm = { fields: readonly FieldSpec[]; /** The records' pages are `${base}/[id]`. */ base: string };

export const editForms = {
  Program: { fields: programFields, base: "/admin/programs" },
  ProgramStatusChange: { fields: statusChangeFields, base: "/admin/status-changes" },
  FundingClaim: { fields: fundingClaimFields, base: "/admin/funding-claims" },
  CapacityClaim: { fields: capacityClaimFields, base: "/admin/capacity-claims" },
  Milestone: { fields: milestoneFields, base: "/admin/milestones" },
  Participation: { fields: participationFields, base: "/admin/partners" },
  Organization: { fields: organizationFields, base: "/admin/organizations" },
  Source: { fields: sourceFields, base: "/admin/sources" },
} as const satisfies Record<string, EditForm>;

export type EditableEntity = keyof typeof editForms;

/** Whether a value names a kind with an edit form. A kind that came back from the browser is checked with it: it may be anything. */
export function isEditableEntity(value: unknown): value is EditableEntity {
  return typeof value === "string" && Object.hasOwn(editForms, value);
}

/** A record's edit page; null for a kind with none here (an announcement is changed through its program's forms). */
export function editPathOf(entity: string, id: string): string | null {
  return isEditableEntity(entity) ? `${editForms[entity].base}/${id}` : null;
}
