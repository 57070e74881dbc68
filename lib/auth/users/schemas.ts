// The fields an admin types about an account, validated once for the CLI, the forms and the actions.
import { z } from "zod";
import { accountId, cleanTextMessage, isCleanText } from "@/lib/schemas/fields";

export const roleSchema = z.enum(["editor", "admin"], { error: "Choose editor or admin." });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, "An email address has at most 320 characters.")
  .pipe(z.email({ error: "Enter an email address such as name@example.org." }));

export const nameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name.")
  .max(200, "Use at most 200 characters.")
  .refine(isCleanText, cleanTextMessage);

export const inviteSchema = z.strictObject({ email: emailSchema, name: nameSchema, role: roleSchema });
export type InviteInput = z.infer<typeof inviteSchema>;

export const userIdSchema = z.strictObject({ userId: accountId });

/** A name when none is given: the part of the email before the @. */
export function defaultName(email: string): string {
  return email.split("@")[0] || email;
}
