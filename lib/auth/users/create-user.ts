// Creates an account with its password in one go: `npm run user:create` (the first admin, and
// any account made from the command line). Audited as done by "cli".
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/prisma-client";
import { hashPassword, passwordSchema } from "../password";
import { recordAudit } from "@/lib/audit/record-audit";
import { userAuditView } from "./audit-event";
import { defaultName, emailSchema, nameSchema, roleSchema } from "./schemas";

export const newUserSchema = z.strictObject({
  email: emailSchema,
  role: roleSchema,
  name: nameSchema.optional(),
  password: passwordSchema,
});
export type NewUser = z.input<typeof newUserSchema>;

export class UserExistsError extends Error {
  constructor(email: string) {
    super(`An account with the email ${email} already exists.`);
  }
}

export async function createUserWithPassword(db: PrismaClient, input: NewUser, actorLabel = "cli"): Promise<{ id: string; email: string }> {
  const { email, role, name, password } = newUserSchema.parse(input);
  const passwordHash = await hashPassword(password);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw new UserExistsError(email);
  const id = randomUUID();
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { id, email, role, name: name ?? defaultName(email) },
      select: { email: true, name: true, role: true, banned: true },
    });
    await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash } });
    await recordAudit(
      tx,
      { label: actorLabel },
      { action: "create", entityType: "User", entityId: id, before: null, after: userAuditView(user, true) },
    );
  });
  return { id, email };
}
