"use server";
// Server actions of the edit forms: each runs its defined action for the session's actor.
import { capacityClaimFields, fundingClaimFields } from "@/lib/admin/claim-form-fields";
import type { FieldSpec } from "@/lib/admin/field-spec";
import type { EditFormState } from "@/lib/admin/form-state";
import { shapingOf, valuesFromForm } from "@/lib/admin/form-values";
import {
  milestoneFields,
  organizationFields,
  participationFields,
  programFields,
  sourceFields,
  statusChangeFields,
} from "@/lib/admin/record-form-fields";
import type { EditableEntity } from "@/lib/data/admin/record-forms";
import { storedVersion } from "@/lib/data/admin/stored-version";
import {
  editCapacityClaimAction,
  editFundingClaimAction,
  editMilestoneAction,
  editOrganizationAction,
  editParticipationAction,
  editProgramAction,
  editSourceAction,
} from "./definitions/edit-records";
import { addStatusChangeAction, editStatusChangeAction } from "./definitions/status-changes";
import { runFormAction, type Invocable } from "./run-form-action";

type EditForm = { action: Invocable; fields: readonly FieldSpec[]; page: string };

/** Each kind's in-place edit: its defined action, its form's fields, and its pages under /admin. */
const editForms: Record<EditableEntity, EditForm> = {
  Program: { action: editProgramAction, fields: programFields, page: "programs" },
  ProgramStatusChange: { action: editStatusChangeAction, fields: statusChangeFields, page: "status-changes" },
  FundingClaim: { action: editFundingClaimAction, fields: fundingClaimFields, page: "funding-claims" },
  CapacityClaim: { action: editCapacityClaimAction, fields: capacityClaimFields, page: "capacity-claims" },
  Milestone: { action: editMilestoneAction, fields: milestoneFields, page: "milestones" },
  Participation: { action: editParticipationAction, fields: participationFields, page: "partners" },
  Organization: { action: editOrganizationAction, fields: organizationFields, page: "organizations" },
  Source: { action: editSourceAction, fields: sourceFields, page: "sources" },
};

const unknownKindMessage = "This form cannot be saved: reload the page and try again.";

/**
 * Any record's edit form, bound by its page to the record's kind (`saveRecord.bind(null, "Source")`). Back to the record's
 * page once saved; on a conflict, the record as stored now. The bound kind comes back from the browser like the form: a kind
 * with no edit form is refused as a bad form is (what was typed kept, nothing written), before anything is read.
 */
export async function saveRecord(entity: EditableEntity, _state: EditFormState, formData: FormData): Promise<EditFormState> {
  const form = typeof entity === "string" && Object.hasOwn(editForms, entity) ? editForms[entity] : undefined;
  if (!form) return { status: "invalid", message: unknownKindMessage, fieldErrors: {}, values: valuesFromForm(formData), current: null };
  return runFormAction(form.action, formData, {
    ...shapingOf(form.fields),
    next: (saved) => `/admin/${form.page}/${saved.id}?saved=1`,
    current: (values) => storedVersion(entity, values.id, form.fields),
  });
}

export async function addStatusChangeFromForm(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(addStatusChangeAction, formData, {
    next: (_saved, values) => `/admin/programs/${values.programId}?saved=1`,
  });
}
