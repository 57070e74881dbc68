import "server-only";
// The enrolment page's server action: the form's code goes to Better Auth's /sign-in/enrol endpoint
// through auth.api (with the request's cookies); the nextCookies plugin writes the session cookie.
// The recovery codes come back in the action's answer, to be rendered once and stored nowhere.
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { auth } from "../auth";
import { enrolCodeSchema, type EnrolState } from "./code-schemas";
import { codeFailedMessage, signInExpiredMessage } from "./messages";

export async function enrolWithCode(input: { code: unknown }): Promise<EnrolState> {
  const parsed = enrolCodeSchema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Type the 6-digit code your app shows.";
    return { ok: false, message, fieldError: message };
  }
  try {
    const result = await auth().api.signInEnrol({ body: { code: parsed.data.code }, headers: await headers() });
    return { ok: true, recoveryCodes: result.recoveryCodes };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    const expired = (error.body as { code?: string } | undefined)?.code === "SIGN_IN_EXPIRED";
    return expired
      ? { ok: false, message: signInExpiredMessage, expired: true }
      : { ok: false, message: codeFailedMessage, fieldError: codeFailedMessage };
  }
}
