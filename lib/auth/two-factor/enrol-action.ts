import "server-only";
// The enrolment page's server action: the form's code goes to Better Auth's /sign-in/enrol endpoint
// through auth.api (with the request's cookies); the nextCookies plugin writes the session cookie.
// The recovery codes come back in the action's answer, to be rendered once and stored nowhere.
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { auth } from "../auth";
import type { ActionResult } from "@/lib/core/action-result";
import { enrolCodeSchema } from "./code-schemas";
import { codeFailedMessage, signInExpiredMessage } from "./messages";

/** The recovery codes, shown once; an expired sign-in is "unauthenticated" (the form sends the user back to sign in). */
export type EnrolResult = ActionResult<{ recoveryCodes: string[] }>;

const wrongCode = (message: string): EnrolResult => ({ status: "invalid", fieldErrors: { code: [message] }, formError: message });

export async function enrolWithCode(input: { code: unknown }): Promise<EnrolResult> {
  const parsed = enrolCodeSchema.safeParse(input);
  if (!parsed.success) return wrongCode(parsed.error.issues[0]?.message ?? "Type the 6-digit code your app shows.");
  try {
    const result = await auth().api.signInEnrol({ body: { code: parsed.data.code }, headers: await headers() });
    return { status: "ok", data: { recoveryCodes: result.recoveryCodes } };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    const expired = (error.body as { code?: string } | undefined)?.code === "SIGN_IN_EXPIRED";
    return expired ? { status: "unauthenticated", message: signInExpiredMessage } : wrongCode(codeFailedMessage);
  }
}
