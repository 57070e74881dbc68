"use server";
import { redirect } from "next/navigation";
import { formFields, runUserAction, type UserFormState } from "@/lib/auth/users/run-user-action";
import { setPasswordWithLink } from "@/lib/auth/users/set-password-with-link";
import { prisma } from "@/lib/db";
import { assertSameOriginAction } from "@/lib/auth/action-guard";

/** Anyone holding a valid link may call this: the link is the credential, checked and consumed in lib. */
export async function setPasswordAction(_state: UserFormState, formData: FormData): Promise<UserFormState> {
  const state = await runUserAction(async () => {
    await assertSameOriginAction();
    return setPasswordWithLink(prisma(), formFields(formData, ["token", "password", "confirm"]));
  });
  if (state?.ok) redirect("/sign-in?passwordSet=1");
  return state; // never echoes the passwords back
}
