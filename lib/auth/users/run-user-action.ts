import "server-only";
import { siteOrigin } from "@/lib/security/site-origin";
import { AuthorizationError } from "@/lib/core/actor";
import { genericFailure, type ActionResult } from "@/lib/core/action-result";
import type { UserChange } from "./result";

/** What a user-management form shows after submitting: the result (the link as a full URL) and what was typed. */
export type UserFormState = (ActionResult<{ message: string; link?: string }> & { values?: Record<string, string> }) | null;

/**
 * Only the named text fields of a form: Next adds its own `$ACTION_…` fields when JavaScript is
 * off, and the strict schemas would (rightly) refuse unknown keys.
 */
export function formFields(formData: FormData, names: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") fields[name] = value;
  }
  return fields;
}

/** A result as its form shows it; a refusal keeps `values` (what was typed, never a password) in the fields. */
export function userFormState(result: ActionResult<UserChange>, values?: Record<string, string>): UserFormState {
  if (result.status !== "ok") return { ...result, values };
  const { message, linkPath } = result.data;
  // The link is handed over by the admin, so it must name the address people use to reach the app.
  return { status: "ok", data: linkPath ? { message, link: new URL(linkPath, siteOrigin()).toString() } : { message } };
}

/** Runs a user-management function for a form: refusals and failures become messages, never a 500 with details. */
export async function runUserAction(run: () => Promise<ActionResult<UserChange>>, values?: Record<string, string>): Promise<UserFormState> {
  try {
    return userFormState(await run(), values);
  } catch (error) {
    if (error instanceof AuthorizationError) return { status: error.code, message: error.message };
    console.error("User action failed:", error instanceof Error ? error.message : error);
    return { status: "error", message: genericFailure, values };
  }
}
