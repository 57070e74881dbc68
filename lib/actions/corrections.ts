"use server";
// Server actions of the correction forms: supersede a claim, move a milestone's due date.
import { capacityClaimFields, fundingClaimFields } from "@/lib/admin/claim-form-fields";
import type { EditFormState } from "@/lib/admin/form-state";
import { shapingOf } from "@/lib/admin/form-values";
import { rescheduleFields } from "@/lib/admin/record-form-fields";
import { storedVersion } from "@/lib/data/admin/stored-version";
import { rescheduleMilestoneAction, supersedeCapacityClaimAction, supersedeFundingClaimAction } from "./definitions/corrections";
import { runFormAction } from "./run-form-action";

// On a conflict the editor compares with the claim being corrected, as it is stored now.
export async function correctFundingClaim(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(supersedeFundingClaimAction, formData, {
    next: (created) => `/admin/funding-claims/${created.id}?saved=corrected`,
    current: (values) => storedVersion("FundingClaim", values.supersedesId, fundingClaimFields),
  });
}

export async function correctCapacityClaim(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(supersedeCapacityClaimAction, formData, {
    ...shapingOf(capacityClaimFields),
    next: (created) => `/admin/capacity-claims/${created.id}?saved=corrected`,
    current: (values) => storedVersion("CapacityClaim", values.supersedesId, capacityClaimFields),
  });
}

export async function moveMilestone(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(rescheduleMilestoneAction, formData, {
    next: (moved) => `/admin/milestones/${moved.id}?saved=moved`,
    current: (values) => storedVersion("Milestone", values.id, rescheduleFields),
  });
}
