"use server";
// Server actions of the edit forms: each runs its defined action for the session's actor.
import { capacityClaimFields, fundingClaimFields } from "@/lib/admin/claim-form-fields";
import type { EditFormState } from "@/lib/admin/form-state";
import {
  milestoneFields,
  organizationFields,
  participationFields,
  programFields,
  sourceFields,
  statusChangeFields,
} from "@/lib/admin/record-form-fields";
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
import { runFormAction } from "./run-form-action";

export async function saveProgram(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editProgramAction, formData, {
    lines: ["aliases"],
    next: (saved) => `/admin/programs/${saved.id}?saved=1`,
    current: (values) => storedVersion("Program", values.id, programFields),
  });
}

export async function addStatusChangeFromForm(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(addStatusChangeAction, formData, {
    next: (_saved, values) => `/admin/programs/${values.programId}?saved=1`,
  });
}

export async function saveStatusChange(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editStatusChangeAction, formData, {
    next: (saved) => `/admin/status-changes/${saved.id}?saved=1`,
    current: (values) => storedVersion("ProgramStatusChange", values.id, statusChangeFields),
  });
}

export async function saveFundingClaim(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editFundingClaimAction, formData, {
    next: (saved) => `/admin/funding-claims/${saved.id}?saved=1`,
    current: (values) => storedVersion("FundingClaim", values.id, fundingClaimFields),
  });
}

export async function saveCapacityClaim(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editCapacityClaimAction, formData, {
    blankAsNull: ["precision"],
    next: (saved) => `/admin/capacity-claims/${saved.id}?saved=1`,
    current: (values) => storedVersion("CapacityClaim", values.id, capacityClaimFields),
  });
}

export async function saveMilestone(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editMilestoneAction, formData, {
    next: (saved) => `/admin/milestones/${saved.id}?saved=1`,
    current: (values) => storedVersion("Milestone", values.id, milestoneFields),
  });
}

export async function saveParticipation(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editParticipationAction, formData, {
    next: (saved) => `/admin/partners/${saved.id}?saved=1`,
    current: (values) => storedVersion("Participation", values.id, participationFields),
  });
}

export async function saveOrganization(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editOrganizationAction, formData, {
    next: (saved) => `/admin/organizations/${saved.id}?saved=1`,
    current: (values) => storedVersion("Organization", values.id, organizationFields),
  });
}

export async function saveSource(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(editSourceAction, formData, {
    blankAsNull: ["publishedPrecision"],
    next: (saved) => `/admin/sources/${saved.id}?saved=1`,
    current: (values) => storedVersion("Source", values.id, sourceFields),
  });
}
