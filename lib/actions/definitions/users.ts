// Account management, admins only. The lib functions answer a refusal only they can see (a taken
// email, disabling one's own account, an unknown account) as { ok: false }; here it becomes an
// "invalid" result like a schema failure, so these actions answer in ActionResult like every other.
import { prisma } from "@/lib/db";
import { inviteUser } from "@/lib/auth/users/invite-user";
import { issueNewPasswordLink } from "@/lib/auth/users/reset-password-link";
import { resetTwoFactor } from "@/lib/auth/users/reset-two-factor";
import type { UserActionResult } from "@/lib/auth/users/result";
import { inviteSchema, userIdSchema } from "@/lib/auth/users/schemas";
import { setUserDisabled } from "@/lib/auth/users/set-user-disabled";
import { InvalidInputError } from "@/lib/editing/invalid-input";
import type { FieldErrors } from "@/lib/core/types";
import { defineAction } from "../define-action";

/** What the admin is told, and the set-password link to hand over when there is one. */
export type UserChange = { message: string; linkPath?: string };

function settled(result: UserActionResult): UserChange {
  if (result.ok) return { message: result.message, ...(result.linkPath !== undefined && { linkPath: result.linkPath }) };
  const fieldErrors: FieldErrors = {};
  for (const [field, message] of Object.entries(result.fieldErrors ?? {})) if (message) fieldErrors[field] = [message];
  throw new InvalidInputError(fieldErrors, result.message);
}

export const inviteUserAction = defineAction({
  name: "user.invite",
  role: "admin",
  schema: inviteSchema,
  run: async (actor, input) => settled(await inviteUser(prisma(), actor, input)),
});

export const disableUserAction = defineAction({
  name: "user.disable",
  role: "admin",
  schema: userIdSchema,
  run: async (actor, input) => settled(await setUserDisabled(prisma(), actor, input, true)),
});

export const enableUserAction = defineAction({
  name: "user.enable",
  role: "admin",
  schema: userIdSchema,
  run: async (actor, input) => settled(await setUserDisabled(prisma(), actor, input, false)),
});

export const newPasswordLinkAction = defineAction({
  name: "user.newPasswordLink",
  role: "admin",
  schema: userIdSchema,
  run: async (actor, input) => settled(await issueNewPasswordLink(prisma(), actor, input)),
});

export const resetTwoFactorAction = defineAction({
  name: "user.resetTwoFactor",
  role: "admin",
  schema: userIdSchema,
  run: async (actor, input) => settled(await resetTwoFactor(prisma(), actor, input)),
});
