// What a user-management function answers, in the one ActionResult shape: never a thrown database
// error, never a secret except the one set-password link the admin must hand over. A refusal only
// the function can see (a taken email, disabling one's own account) is "invalid", like a schema failure.
import type { z } from "zod";
import { fieldErrorsOf, type ActionResult } from "@/lib/core/action-result";
import type { FieldErrors } from "@/lib/core/types";

/** What the person is told, and the set-password link to hand over when there is one. */
export type UserChange = { message: string; linkPath?: string };

export type UserResult = Extract<ActionResult<UserChange>, { status: "ok" | "invalid" }>;

export function changed(message: string, linkPath?: string): UserResult {
  return { status: "ok", data: linkPath === undefined ? { message } : { message, linkPath } };
}

export function refused(message: string, fieldErrors: FieldErrors = {}): UserResult {
  return { status: "invalid", fieldErrors, formError: message };
}

/** A schema failure: its messages beside their fields. */
export function unreadable(error: z.ZodError): UserResult {
  return refused("Check the highlighted fields.", fieldErrorsOf(error));
}
