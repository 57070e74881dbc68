// Every defined action, so that tests (tests/integration/actions-authorisation.test.ts) cover each
// one, including actions added later: add new definitions here.
import type { ActionResult } from "@/lib/core/action-result";
import type { Actor, Role } from "@/lib/core/actor";
import { createAnnouncementAction, publishAnnouncementAction, unpublishAnnouncementAction } from "./announcements";
import { rescheduleMilestoneAction, supersedeCapacityClaimAction, supersedeFundingClaimAction } from "./corrections";
import {
  editCapacityClaimAction,
  editFundingClaimAction,
  editMilestoneAction,
  editOrganizationAction,
  editParticipationAction,
  editProgramAction,
  editSourceAction,
} from "./edit-records";
import { addExchangeRateAction } from "./exchange-rates";
import { deleteRecordAction, hardDeleteRecordAction, restoreRecordAction } from "./record-lifecycle";
import { addStatusChangeAction, editStatusChangeAction } from "./status-changes";
import { disableUserAction, enableUserAction, inviteUserAction, newPasswordLinkAction, resetTwoFactorAction } from "./users";

/** What tests need of any action, whatever its input and result types. */
export type RegisteredAction = {
  name: string;
  role: Role;
  invoke: (actor: Actor | null | Promise<Actor | null>, input: unknown) => Promise<ActionResult<unknown>>;
};

export const allActions: readonly RegisteredAction[] = [
  createAnnouncementAction,
  publishAnnouncementAction,
  unpublishAnnouncementAction,
  editProgramAction,
  editFundingClaimAction,
  editCapacityClaimAction,
  editMilestoneAction,
  editParticipationAction,
  editOrganizationAction,
  editSourceAction,
  addStatusChangeAction,
  editStatusChangeAction,
  supersedeFundingClaimAction,
  supersedeCapacityClaimAction,
  rescheduleMilestoneAction,
  deleteRecordAction,
  restoreRecordAction,
  hardDeleteRecordAction,
  addExchangeRateAction,
  inviteUserAction,
  disableUserAction,
  enableUserAction,
  newPasswordLinkAction,
  resetTwoFactorAction,
];
