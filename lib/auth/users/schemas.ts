// The fields an admin types about an account, validated once for the CLI, the forms and the actions.
import { z } from "zod";
import { cleanTextMessage, isCleanText } from "@/lib/schemas/fields";

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

// PostgreSQL refuses a NUL in a query parameter: an id that is not clean text names no account.
export const userIdSchema = z.strictObject({ userId: z.string().min(1).max(100).refine(isCleanText, "Choose an existing account.") });

/** A name when none is given: the part of the email before the @. */
export function defaultName(email: string): string {
  return email.split("@")[0] || email;
}
