// The one door every server action goes through ("use server" files; a static test holds them
// to it: tests/unit/security/use-server-guard.test.ts). A request from another site is refused
// before the session is even read, with an AuthorizationError whose message the form shows;
// nothing is written. Next's own server-action origin check stays on as well.
import "server-only";
import { headers } from "next/headers";
import type { Actor } from "@/lib/core/actor";
import { currentActor } from "@/lib/auth/current-actor";
import { env } from "@/lib/env";
import { assertSameOrigin, crossSiteReason, expectedOriginOf, sameOriginActor } from "@/lib/security/same-origin";

/** The session's actor, for an action; throws CrossSiteRequestError for a cross-site request. */
export async function actionActor(): Promise<Actor | null> {
  return sameOriginActor(await headers(), env().ATLAS_BASE_URL, currentActor);
}

/** For actions without a session (set a password with a link, sign out): the origin check alone. */
export async function assertSameOriginAction(): Promise<void> {
  assertSameOrigin(await headers(), env().ATLAS_BASE_URL);
}

/** The same check as a yes/no, for an action with no form to show a message in (sign out). */
export async function isSameOriginAction(): Promise<boolean> {
  return crossSiteReason(await headers(), expectedOriginOf(await headers(), env().ATLAS_BASE_URL)) === null;
}
