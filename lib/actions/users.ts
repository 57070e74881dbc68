"use server";
// Form entry points for account management and for the two sign-in steps anyone may reach. The
// admin ones resolve the session themselves and go through their defineAction (authorise →
// validate → one transaction with audit): the page and the layout are not what protects them.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionActor, assertSameOriginAction, isSameOriginAction } from "@/lib/auth/action-guard";
import type { EnrolState } from "@/lib/auth/two-factor/code-schemas";
import { enrolWithCode } from "@/lib/auth/two-factor/enrol-action";
import { formFields, runUserAction, type UserFormState } from "@/lib/auth/users/run-user-action";
import { setPasswordWithLink } from "@/lib/auth/users/set-password-with-link";
import { prisma } from "@/lib/db";
import { siteOrigin } from "@/lib/security/site-origin";
import { crossSiteMessage } from "@/lib/security/same-origin";
import type { ActionResult } from "./action-result";
import {
  disableUserAction,
  enableUserAction,
  inviteUserAction,
  newPasswordLinkAction,
  resetTwoFactorAction,
  type UserChange,
} from "./definitions/users";

const page = "/admin/users";
const rowActions = {
  disable: disableUserAction,
  enable: enableUserAction,
  link: newPasswordLinkAction,
  "reset-two-factor": resetTwoFactorAction,
};

// The link is handed over by the admin, so it must name the address people use to reach the app.
function formState(result: ActionResult<UserChange>, values?: Record<string, string>): UserFormState {
  if (result.status === "ok") {
    revalidatePath(page);
    const { linkPath, message } = result.data;
    return { ok: true, message, ...(linkPath && { link: new URL(linkPath, siteOrigin()).toString() }) };
  }
  if (result.status !== "invalid") return { ok: false, message: result.message, values };
  const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, messages]) => [field, messages[0]]));
  return { ok: false, message: result.formError ?? "Check the highlighted fields.", fieldErrors, values };
}

export async function inviteUserFromForm(_state: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = formFields(formData, ["email", "name", "role"]);
  return formState(await inviteUserAction.invoke(actionActor(), values), values);
}

export async function userRowFromForm(_state: UserFormState, formData: FormData): Promise<UserFormState> {
  const { intent = "", ...input } = formFields(formData, ["intent", "userId"]);
  const action = Object.hasOwn(rowActions, intent) ? rowActions[intent as keyof typeof rowActions] : null;
  if (!action) return { ok: false, message: "Unknown action." };
  return formState(await action.invoke(actionActor(), input));
}

/** Anyone holding a valid link may call this: the link is the credential, checked and consumed in lib. */
export async function setPasswordFromForm(_state: UserFormState, formData: FormData): Promise<UserFormState> {
  const state = await runUserAction(async () => {
    await assertSameOriginAction();
    return setPasswordWithLink(prisma(), formFields(formData, ["token", "password", "confirm"]));
  });
  if (state?.ok) redirect("/sign-in?passwordSet=1");
  return state; // never echoes the passwords back
}

/** Callable by whoever holds a pending sign-in cookie: that cookie is the credential, checked in lib. */
export async function enrolFromForm(_state: EnrolState, formData: FormData): Promise<EnrolState> {
  if (!(await isSameOriginAction())) return { ok: false, message: crossSiteMessage };
  return enrolWithCode({ code: formData.get("code") });
}
