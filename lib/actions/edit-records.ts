"use server";
// Server actions of the edit forms: each runs its defined action for the session's actor.
import { capacityClaimFields, fundingClaimFields } from "@/lib/admin/claim-form-fields";
import type { FieldSpec } from "@/lib/admin/field-spec";
import type { EditFormState } from "@/lib/admin/form-state";
import { shapingOf } from "@/lib/admin/form-values";
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
import { runFormAction, type FormActionOptions } from "./run-form-action";

/** An in-place edit's form: back to the record's page once saved; on a conflict, the record as stored now. */
function editForm(entity: EditableEntity, fields: readonly FieldSpec[], page: string): FormActionOptions {
  return {
    ...shapingOf(fields),
    next: (saved) => `/admin/${page}/${saved.id}?saved=1`,
    current: (values) => storedVersion(entity, values.id, fields),
  };
}

export async function saveProgram(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editProgramAction, formData, editForm("Program", programFields, "programs"));
}

export async function addStatusChangeFromForm(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(addStatusChangeAction, formData, {
    next: (_saved, values) => `/admin/programs/${values.programId}?saved=1`,
  });
}

export async function saveStatusChange(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editStatusChangeAction, formData, editForm("ProgramStatusChange", statusChangeFields, "status-changes"));
}

export async function saveFundingClaim(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editFundingClaimAction, formData, editForm("FundingClaim", fundingClaimFields, "funding-claims"));
}

export async function saveCapacityClaim(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editCapacityClaimAction, formData, editForm("CapacityClaim", capacityClaimFields, "capacity-claims"));
}

export async function saveMilestone(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editMilestoneAction, formData, editForm("Milestone", milestoneFields, "milestones"));
}

export async function saveParticipation(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editParticipationAction, formData, editForm("Participation", participationFields, "partners"));
}

export async function saveOrganization(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editOrganizationAction, formData, editForm("Organization", organizationFields, "organizations"));
}

export async function saveSource(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editSourceAction, formData, editForm("Source", sourceFields, "sources"));
}
