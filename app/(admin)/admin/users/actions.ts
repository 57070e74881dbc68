"use server";
// Each action resolves the session itself and the lib function checks the admin role: the page
// and the layout are not what protects these endpoints.
import { inviteUser } from "@/lib/auth/users/invite-user";
import { issueNewPasswordLink } from "@/lib/auth/users/reset-password-link";
import { formFields, runUserAction, type UserFormState } from "@/lib/auth/users/run-user-action";
import { resetTwoFactor } from "@/lib/auth/users/reset-two-factor";
import { setUserDisabled } from "@/lib/auth/users/set-user-disabled";
import { prisma } from "@/lib/db";
import { actionActor } from "@/lib/auth/action-guard";

const page = "/admin/users";

export async function inviteUserAction(_state: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = formFields(formData, ["email", "name", "role"]);
  return runUserAction(async () => inviteUser(prisma(), await actionActor(), values), { values, revalidate: page });
}

export async function userRowAction(_state: UserFormState, formData: FormData): Promise<UserFormState> {
  const { intent, ...input } = formFields(formData, ["intent", "userId"]);
  return runUserAction(
    async () => {
      const actor = await actionActor();
      if (intent === "disable") return setUserDisabled(prisma(), actor, input, true);
      if (intent === "enable") return setUserDisabled(prisma(), actor, input, false);
      if (intent === "link") return issueNewPasswordLink(prisma(), actor, input);
      if (intent === "reset-two-factor") return resetTwoFactor(prisma(), actor, input);
      return { ok: false, message: "Unknown action." };
    },
    { revalidate: page },
  );
}
