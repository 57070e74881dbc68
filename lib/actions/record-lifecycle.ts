"use server";
// Server actions of the delete, restore and delete-for-good buttons. Each returns to the page it
// was pressed on (an admin path only).
import type { EditFormState } from "@/lib/admin/form-state";
import { safeReturnPath } from "@/lib/admin/safe-return";
import { deleteRecordAction, hardDeleteRecordAction, restoreRecordAction } from "./definitions/record-lifecycle";
import { runFormAction } from "./run-form-action";

const back = (_outcome: unknown, values: Record<string, string>) => safeReturnPath(values.returnTo, "/admin/deleted");

export async function deleteRecord(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(deleteRecordAction, formData, { next: back });
}

export async function restoreRecord(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(restoreRecordAction, formData, { next: back });
}

export async function deleteRecordForGood(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(hardDeleteRecordAction, formData, {
    next: (_outcome, values) => safeReturnPath(values.afterHardDelete, "/admin/deleted"),
  });
}
