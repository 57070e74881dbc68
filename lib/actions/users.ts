"use server";
// Form entry points for account management and for the two sign-in steps anyone may reach. The
// admin ones resolve the session themselves and go through their defineAction (authorise →
// validate → one transaction with audit): the page and the layout are not what protects them.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionActor, assertSameOriginAction, isSameOriginAction } from "@/lib/auth/action-guard";
import { enrolWithCode, type EnrolResult } from "@/lib/auth/two-factor/enrol-action";
import { formFields, runUserAction, userFormState, type UserFormState } from "@/lib/auth/users/run-user-action";
import { setPasswordWithLink } from "@/lib/auth/users/set-password-with-link";
import { prisma } from "@/lib/db";
import { crossSiteMessage } from "@/lib/security/same-origin";
import type { ActionResult } from "@/lib/core/action-result";
import type { UserChange } from "@/lib/auth/users/result";
import { disableUserAction, enableUserAction, inviteUserAction, newPasswordLinkAction, resetTwoFactorAction } from "./definitions/users";

const page = "/admin/users";
const rowActions = {
  disable: disableUserAction,
  enable: enableUserAction,
  link: newPasswordLinkAction,
  "reset-two-factor": resetTwoFactorAction,
};

function formState(result: ActionResult<UserChange>, values?: Record<string, string>): UserFormState {
  if (result.status === "ok") revalidatePath(page);
  return userFormState(result, values);
}

export async function inviteUserFromForm(_state: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = formFields(formData, ["email", "name", "role"]);
  return formState(await inviteUserAction.invoke(actionActor(), values), values);
}

export async function userRowFromForm(_state: UserFormState, formData: FormData): Promise<UserFormState> {
  const { intent = "", ...input } = formFields(formData, ["intent", "userId"]);
  const action = Object.hasOwn(rowActions, intent) ? rowActions[intent as keyof typeof rowActions] : null;
  if (!action) return { status: "invalid", fieldErrors: {}, formError: "Unknown action." };
  return formState(await action.invoke(actionActor(), input));
}

/** Anyone holding a valid link may call this: the link is the credential, checked and consumed in lib. */
export async function setPasswordFromForm(_state: UserFormState, formData: FormData): Promise<UserFormState> {
  const state = await runUserAction(async () => {
    await assertSameOriginAction();
    return setPasswordWithLink(prisma(), formFields(formData, ["token", "password", "confirm"]));
  });
  if (state?.status === "ok") redirect("/sign-in?passwordSet=1");
  return state; // never echoes the passwords back
}

/** Callable by whoever holds a pending sign-in cookie: that cookie is the credential, checked in lib. */
export async function enrolFromForm(_state: EnrolResult | null, formData: FormData): Promise<EnrolResult> {
  if (!(await isSameOriginAction())) return { status: "forbidden", message: crossSiteMessage };
  return enrolWithCode({ code: formData.get("code") });
}
