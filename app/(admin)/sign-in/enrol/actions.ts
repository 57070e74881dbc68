"use server";
import type { EnrolState } from "@/lib/auth/two-factor/code-schemas";
import { enrolWithCode } from "@/lib/auth/two-factor/enrol-action";

/** Callable by whoever holds a pending sign-in cookie: that cookie is the credential, checked in lib. */
export async function enrolAction(_state: EnrolState, formData: FormData): Promise<EnrolState> {
  return enrolWithCode({ code: formData.get("code") });
}
