"use client";
import { useActionState } from "react";
import { buttonClass, fieldClass } from "./auth-card";
import { FieldError, fieldMessages, FormOutcome, type UserFormAction } from "./form-parts";

/** Invite a user: their email, name and role. The result carries the one-time link to send them. */
export function InviteUserForm({ inviteAction }: { inviteAction: UserFormAction }) {
  const [state, action, pending] = useActionState(inviteAction, null);
  const errors = fieldMessages(state);
  const values = state?.values ?? {};
  const field = (name: "email" | "name") => ({
    id: `invite-${name}`,
    name,
    defaultValue: values[name],
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `invite-${name}-error` : undefined,
    className: fieldClass,
  });
  const textField = (name: "email" | "name", label: string, type: "email" | "text", maxLength: number) => (
    <div>
      <label htmlFor={`invite-${name}`} className="font-medium">
        {label}
      </label>
      <input {...field(name)} type={type} required maxLength={maxLength} autoComplete="off" />
      <FieldError id={`invite-${name}-error`} message={errors[name]} />
    </div>
  );
  return (
    <form action={action} className="space-y-4" key={state?.status === "ok" ? state.data.link : "form"}>
      <div className="grid gap-4 sm:grid-cols-3">
        {textField("email", "Email", "email", 320)}
        {textField("name", "Name", "text", 200)}
        <div>
          <label htmlFor="invite-role" className="font-medium">
            Role
          </label>
          <select
            id="invite-role"
            name="role"
            defaultValue={values.role ?? "editor"}
            className={fieldClass}
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={errors.role ? "invite-role-error" : undefined}
          >
            <option value="editor">Editor</option>
            <option value="admin">Admin (also manages users)</option>
          </select>
          <FieldError id="invite-role-error" message={errors.role} />
        </div>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Inviting…" : "Invite"}
      </button>
      <FormOutcome state={state} />
    </form>
  );
}
