"use client";
// A one-button form acting on one record (delete, restore, delete for good). A refusal (a record
// others depend on, a newer version) is said next to the button.
import { useActionState } from "react";
import { idleFormState, type FormAction } from "@/lib/admin/form-state";

type Props = {
  action: FormAction;
  entityType: string;
  id: string;
  version: number;
  label: string;
  // Names the record for screen readers: "Delete" alone is ambiguous in a list.
  recordLabel: string;
  returnTo: string;
  afterHardDelete?: string;
};

export function RecordButton({ action, entityType, id, version, label, recordLabel, returnTo, afterHardDelete }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const message = state.status === "idle" ? null : (state.message ?? Object.values(state.fieldErrors).flat().join(" "));
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="entityType" value={entityType} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={String(version)} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {afterHardDelete && <input type="hidden" name="afterHardDelete" value={afterHardDelete} />}
      <button
        type="submit"
        disabled={pending}
        aria-label={`${label}: ${recordLabel}`}
        className="rounded border border-slate-500 px-2 py-0.5 text-sm"
      >
        {label}
      </button>
      <span role="status" className="ml-2 text-sm text-red-800 dark:text-red-300">
        {message}
      </span>
    </form>
  );
}
