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
