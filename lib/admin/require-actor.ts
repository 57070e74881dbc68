// Every admin page checks the session itself (a layout or proxy.ts check alone is not enough):
// no session → the sign-in page; a role below the page's → not found, revealing nothing.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { assertRole, AuthorizationError, type Actor, type Role } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-actor";

export const signInPath = "/sign-in";

export async function requireActor(role: Role = "editor"): Promise<Actor> {
  // Per request, always: an editors' page must never be rendered once at build time and reused.
  await connection();
  const actor = await currentActor();
  try {
    assertRole(actor, role);
    return actor;
  } catch (error) {
    if (!(error instanceof AuthorizationError)) throw error;
    if (error.code === "unauthenticated") redirect(signInPath);
    notFound();
  }
}
