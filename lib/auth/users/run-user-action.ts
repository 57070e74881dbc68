import "server-only";
import { revalidatePath } from "next/cache";
import { siteOrigin } from "@/lib/security/site-origin";
import { AuthorizationError } from "@/lib/core/actor";
import type { UserActionResult } from "./result";

/** What a user-management form shows after submitting: the result, the link as a full URL, what was typed. */
export type UserFormState = (UserActionResult & { link?: string; values?: Record<string, string> }) | null;

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

// The link is handed over by the admin, so it must name the address people use to reach the app.
function absolute(path: string): string {
  return new URL(path, siteOrigin()).toString();
}

/** Runs a user-management function for a form: refusals and failures become messages, never a 500 with details. */
export async function runUserAction(
  run: () => Promise<UserActionResult>,
  options: { values?: Record<string, string>; revalidate?: string } = {},
): Promise<UserFormState> {
  try {
    const result = await run();
    if (!result.ok) return { ...result, values: options.values };
    if (options.revalidate) revalidatePath(options.revalidate);
    return { ...result, link: result.linkPath ? absolute(result.linkPath) : undefined };
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, message: error.message };
    console.error("User action failed:", error instanceof Error ? error.message : error);
    return { ok: false, message: "Something went wrong; nothing was changed. Please try again.", values: options.values };
  }
}
