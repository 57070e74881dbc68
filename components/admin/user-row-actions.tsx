"use client";
import { useActionState } from "react";
import type { UserRowDto } from "@/lib/auth/users/list-users";
import { FormOutcome, type UserFormAction } from "./form-parts";

const small = "rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800";

/** Disable / enable / reset two-factor / new set-password link for one account; one form, the button says which. */
export function UserRowActions({ user, isSelf, rowAction }: { user: UserRowDto; isSelf: boolean; rowAction: UserFormAction }) {
  const [state, action, pending] = useActionState(rowAction, null);
  const disabled = user.status === "disabled";
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={user.id} />
      <div className="flex flex-wrap gap-2">
        {disabled && (
          <button type="submit" name="intent" value="enable" disabled={pending} className={small} aria-label={`Enable ${user.email}`}>
            Enable
          </button>
        )}
        {!disabled && !isSelf && (
          <button type="submit" name="intent" value="disable" disabled={pending} className={small} aria-label={`Disable ${user.email}`}>
            Disable
          </button>
        )}
        {user.twoFactor && (
          <button
            type="submit"
            name="intent"
            value="reset-two-factor"
            disabled={pending}
            className={small}
            aria-label={`Reset two-factor sign-in of ${user.email}`}
          >
            Reset two-factor
          </button>
        )}
        {!disabled && (
          <button
            type="submit"
            name="intent"
            value="link"
            disabled={pending}
            className={small}
            aria-label={`New set-password link for ${user.email}`}
          >
            New set-password link
          </button>
        )}
      </div>
      <FormOutcome state={state} />
    </form>
  );
}
