"use server";
// Server actions of the edit forms: each runs its defined action for the session's actor.
import { editForms, isEditableEntity, type EditableEntity } from "@/lib/admin/edit-forms";
import type { EditFormState } from "@/lib/admin/form-state";
import { shapingOf, valuesFromForm } from "@/lib/admin/form-values";
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

/** Each kind's in-place edit: its defined action (authorise → validate → write with audit). */
const editActions: Record<EditableEntity, Invocable> = {
  Program: editProgramAction,
  ProgramStatusChange: editStatusChangeAction,
  FundingClaim: editFundingClaimAction,
  CapacityClaim: editCapacityClaimAction,
  Milestone: editMilestoneAction,
  Participation: editParticipationAction,
  Organization: editOrganizationAction,
  Source: editSourceAction,
};

const unknownKindMessage = "This form cannot be saved: reload the page and try again.";

/**
 * Any record's edit form, bound by its page to the record's kind (`saveRecord.bind(null, "Source")`). Back to the record's
 * page once saved; on a conflict, the record as stored now. The bound kind comes back from the browser like the form: a kind
 * with no edit form is refused as a bad form is (what was typed kept, nothing written), before anything is read.
 */
export async function saveRecord(entity: EditableEntity, _state: EditFormState, formData: FormData): Promise<EditFormState> {
  if (!isEditableEntity(entity)) {
    return { status: "invalid", message: unknownKindMessage, fieldErrors: {}, values: valuesFromForm(formData), current: null };
  }
  const { fields, base } = editForms[entity];
  return runFormAction(editActions[entity], formData, {
    ...shapingOf(fields),
    next: (saved) => `${base}/${saved.id}?saved=1`,
    current: (values) => storedVersion(entity, values.id, fields),
  });
}

export async function addStatusChangeFromForm(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(addStatusChangeAction, formData, {
    next: (_saved, values) => `/admin/programs/${values.programId}?saved=1`,
  });
}
