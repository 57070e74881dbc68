// Every page of the editors' area checks the session itself (the admin layout's check only routes
// people; it is not the protection): no session → the sign-in page; a role below the page's → 404,
// so the page is not even revealed. Server actions check through defineAction (lib/actions).
import "server-only";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { assertRole, AuthorizationError, type Actor, type Role } from "@/lib/core/actor";
import { currentActor } from "./current-actor";
import { signInPage } from "./sign-in-plugin";

export async function requirePageActor(role: Role = "editor"): Promise<Actor> {
  // Per request, always: an editors' page must never be rendered once at build time and reused.
  await connection();
  const actor = await currentActor();
  try {
    assertRole(actor, role);
    return actor;
  } catch (error) {
    if (!(error instanceof AuthorizationError)) throw error;
    if (error.code === "unauthenticated") redirect(signInPage);
    notFound();
  }
}
