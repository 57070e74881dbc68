// A page of the editors' area checks the session itself (the admin layout's check is not enough on
// its own): no session → the sign-in page; a role too low → Next's 404, so the page is not revealed.
// The sign-in path must match the auth helper's sign-in page.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { assertRole, AuthorizationError, type Actor, type Role } from "./actor";
import { currentActor } from "./current-actor";

export const signInPath = "/admin/sign-in";

export async function requirePageActor(role: Role = "editor"): Promise<Actor> {
  const actor = await currentActor();
  try {
    assertRole(actor, role);
  } catch (error) {
    if (error instanceof AuthorizationError && error.code === "unauthenticated") redirect(signInPath);
    if (error instanceof AuthorizationError) notFound();
    throw error;
  }
  return actor;
}
