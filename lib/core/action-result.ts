// The one result every action returns to its form (through useActionState) or to a test: the edit
// and announcement actions (lib/actions), account management and the sign-in steps (lib/auth) alike.
import type { z } from "zod";
import type { FieldErrors } from "./types";

export type ActionResult<T = unknown> =
  | { status: "ok"; data: T; message?: string }
  | { status: "invalid"; fieldErrors: FieldErrors; formError?: string }
  | { status: "conflict"; message: string }
  | { status: "not_found"; message: string }
  | { status: "unauthenticated" | "forbidden"; message: string }
  | { status: "error"; message: string };

// Shown for anything unexpected: the details go to the server log, never to the browser.
export const genericFailure = "Something went wrong and nothing was saved. Please try again.";

/** zod issues as field → messages, keyed by the dotted path ("fundingClaims.0.amount"). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** What a refused result tells the person above the form (null when it succeeded). */
export function refusalMessage(result: ActionResult): string | null {
  if (result.status === "ok") return null;
  return result.status === "invalid" ? (result.formError ?? "Check the highlighted fields.") : result.message;
}
