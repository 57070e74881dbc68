// What an edit form gets back from its server action (through useActionState): why nothing was
// saved, the field errors, what the editor typed (kept, never lost), and on a conflict the record
// as it is stored now, so the editor can compare before deciding.
import type { FieldErrors } from "@/lib/core/types";

export type EditFormValues = Record<string, string>;

export type StoredVersion = { version: number; values: EditFormValues };

export type EditFormState = {
  status: "idle" | "invalid" | "conflict" | "not_found" | "unauthenticated" | "forbidden" | "error";
  message: string | null;
  fieldErrors: FieldErrors;
  values: EditFormValues;
  current: StoredVersion | null;
};

export const idleFormState: EditFormState = { status: "idle", message: null, fieldErrors: {}, values: {}, current: null };

export type FormAction = (state: EditFormState, formData: FormData) => Promise<EditFormState>;
