"use server";
import type { EnrolState } from "@/lib/auth/two-factor/code-schemas";
import { enrolWithCode } from "@/lib/auth/two-factor/enrol-action";
import { isSameOriginAction } from "@/lib/auth/action-guard";
import { crossSiteMessage } from "@/lib/security/same-origin";

/** Callable by whoever holds a pending sign-in cookie: that cookie is the credential, checked in lib. */
export async function enrolAction(_state: EnrolState, formData: FormData): Promise<EnrolState> {
  if (!(await isSameOriginAction())) return { ok: false, message: crossSiteMessage };
  return enrolWithCode({ code: formData.get("code") });
}
