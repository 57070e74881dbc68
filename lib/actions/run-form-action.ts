// The body of every edit form's server action: the session's actor (refused for a cross-site request), the form's text as schema
// input, the defined action (authorise → validate → write with audit), then either refresh and go
// on, or hand the form back what the editor typed, the errors, and on a conflict the stored record.
import "server-only";
import { redirect } from "next/navigation";
import type { EditFormState, EditFormValues, StoredVersion } from "@/lib/admin/form-state";
import { inputFromValues, valuesFromForm, type InputShaping } from "@/lib/admin/form-values";
import type { EditOutcome } from "@/lib/editing/outcome";
import { actionActor } from "@/lib/auth/action-guard";
import type { ActionResult } from "@/lib/core/action-result";
import { invalidateAfterEdit } from "./invalidate-after-edit";

export type Invocable = { invoke: (actor: ReturnType<typeof actionActor>, input: unknown) => Promise<ActionResult<EditOutcome>> };

export type FormActionOptions = InputShaping & {
  // Where to go after a successful save.
  next: (outcome: EditOutcome, values: EditFormValues) => string;
  // The record as stored now, for the compare view of a conflict.
  current?: (values: EditFormValues) => Promise<StoredVersion | null>;
};

export async function runFormAction(action: Invocable, formData: FormData, options: FormActionOptions): Promise<EditFormState> {
  const values = valuesFromForm(formData);
  const result = await action.invoke(actionActor(), inputFromValues(values, options));
  if (result.status === "ok") {
    await invalidateAfterEdit(result.data);
    redirect(options.next(result.data, values));
  }
  const base = { values, fieldErrors: {}, current: null };
  switch (result.status) {
    case "invalid":
      return { ...base, status: "invalid", message: result.formError ?? null, fieldErrors: result.fieldErrors };
    case "conflict":
      return { ...base, status: "conflict", message: result.message, current: (await options.current?.(values)) ?? null };
    default:
      return { ...base, status: result.status, message: result.message };
  }
}
