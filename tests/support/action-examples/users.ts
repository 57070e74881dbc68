// Valid input for each account-management action: a fresh account each time, so that each example
// changes something (the authorisation test checks the allowed call writes).
import { randomUUID } from "node:crypto";
import { createActor } from "../../factories/users";
import type { ActionExample } from "./editing";

const freshAccount: ActionExample = async ({ db }) => ({ userId: (await createActor(db, "editor")).id });

export const userExamples: Record<string, ActionExample> = {
  "user.invite": async () => ({ email: `invited-${randomUUID().slice(0, 8)}@example.org`, name: "Invited", role: "editor" }),
  "user.disable": freshAccount,
  "user.enable": async ({ db }) => {
    const { id } = await createActor(db, "editor");
    await db.user.update({ where: { id }, data: { banned: true } });
    return { userId: id };
  },
  "user.newPasswordLink": freshAccount,
  "user.resetTwoFactor": freshAccount,
};
