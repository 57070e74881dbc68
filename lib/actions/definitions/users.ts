// Account management, admins only. The lib functions answer a refusal only they can see (a taken
// email, disabling one's own account, an unknown account) as an "invalid" result; here it is thrown
// as InvalidInputError, which defineAction answers with that same result.
import type { Actor } from "@/lib/core/actor";
import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/prisma-client";
import { inviteUser } from "@/lib/auth/users/invite-user";
import { issueNewPasswordLink } from "@/lib/auth/users/reset-password-link";
import { resetTwoFactor } from "@/lib/auth/users/reset-two-factor";
import type { UserChange, UserResult } from "@/lib/auth/users/result";
import { inviteSchema, userIdSchema } from "@/lib/auth/users/schemas";
import { setUserDisabled } from "@/lib/auth/users/set-user-disabled";
import { InvalidInputError } from "@/lib/editing/invalid-input";
import { defineAction } from "../define-action";

function settled(result: UserResult): UserChange {
  if (result.status === "ok") return result.data;
  throw new InvalidInputError(result.fieldErrors, result.formError);
}

export const inviteUserAction = defineAction({
  name: "user.invite",
  role: "admin",
  schema: inviteSchema,
  run: async (actor, input) => settled(await inviteUser(prisma(), actor, input)),
});

/** An admin's action on one account, named by its id. */
function accountAction(name: string, change: (db: PrismaClient, actor: Actor, input: unknown) => Promise<UserResult>) {
  return defineAction({
    name,
    role: "admin",
    schema: userIdSchema,
    run: async (actor, input) => settled(await change(prisma(), actor, input)),
  });
}

export const disableUserAction = accountAction("user.disable", (db, actor, input) => setUserDisabled(db, actor, input, true));
export const enableUserAction = accountAction("user.enable", (db, actor, input) => setUserDisabled(db, actor, input, false));
export const newPasswordLinkAction = accountAction("user.newPasswordLink", issueNewPasswordLink);
export const resetTwoFactorAction = accountAction("user.resetTwoFactor", resetTwoFactor);
