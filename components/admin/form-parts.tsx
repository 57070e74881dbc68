import type { UserFormState } from "@/lib/auth/users/run-user-action";
import { refusalMessage } from "@/lib/core/action-result";

/** A users' form's server action, as `useActionState` takes it: the last outcome and the form in, the next outcome out. */
export type UserFormAction = (state: UserFormState, form: FormData) => Promise<UserFormState>;

/** Each refused field's first message, shown beside it (none when the form was not refused for its fields). */
export function fieldMessages(state: UserFormState): Partial<Record<string, string>> {
  if (state?.status !== "invalid") return {};
  return Object.fromEntries(Object.entries(state.fieldErrors).map(([field, messages]) => [field, messages[0]]));
}

const okClass = "border-emerald-600 bg-emerald-50 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50";
const refusedClass = "border-red-600 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100";

/** The outcome of a form, announced to screen readers; a set-password link is shown ready to copy. */
export function FormOutcome({ state, linkLabel = "Set-password link" }: { state: UserFormState; linkLabel?: string }) {
  if (!state) return null;
  const ok = state.status === "ok";
  return (
    <div role={ok ? "status" : "alert"} className={`mt-3 rounded border p-3 ${ok ? okClass : refusedClass}`}>
      <p>{state.status === "ok" ? state.data.message : refusalMessage(state)}</p>
      {state.status === "ok" && state.data.link && (
        <p className="mt-2">
          <label className="block text-sm font-medium">
            {linkLabel}
            <input
              readOnly
              value={state.data.link}
              data-testid="password-link"
              className="mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm text-slate-900"
            />
          </label>
        </p>
      )}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700 dark:text-red-300">
      {message}
    </p>
  );
}
