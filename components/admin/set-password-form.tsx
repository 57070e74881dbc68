"use client";
import { useActionState } from "react";
import { buttonClass, fieldClass } from "./auth-card";
import { FieldError, fieldMessages, FormOutcome, type UserFormAction } from "./form-parts";

export function SetPasswordForm({
  token,
  minLength,
  setPasswordAction,
}: {
  token: string;
  minLength: number;
  setPasswordAction: UserFormAction;
}) {
  const [state, action, pending] = useActionState(setPasswordAction, null);
  const errors = fieldMessages(state);
  const described = (name: string) => (errors[name] ? `${name}-error` : `${name}-hint`);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="password" className="font-medium">
          New password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={minLength}
          maxLength={256}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={described("password")}
          className={fieldClass}
        />
        <p id="password-hint" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          At least {minLength} characters. A few unrelated words make a strong, memorable password.
        </p>
        <FieldError id="password-error" message={errors.password} />
      </div>
      <div>
        <label htmlFor="confirm" className="font-medium">
          The same password again
        </label>
        <input
          id="confirm"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          maxLength={256}
          aria-invalid={errors.confirm ? true : undefined}
          aria-describedby={errors.confirm ? "confirm-error" : undefined}
          className={fieldClass}
        />
        <FieldError id="confirm-error" message={errors.confirm} />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Set password"}
      </button>
      {state && state.status !== "ok" && Object.keys(errors).length === 0 && <FormOutcome state={state} />}
    </form>
  );
}
