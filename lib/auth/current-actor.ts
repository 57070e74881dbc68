import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { assertRole, type Actor, type Role } from "./actor";
import { auth } from "./auth";
import { resolveActor } from "./resolve-actor";

export { assertRole, AuthorizationError, type Actor, type Role } from "./actor";

/**
 * The signed-in, enabled user of this request, or null. Server-only; reads the session cookie.
 * Memoised per request (React `cache`), so the layout and the page share one session lookup.
 */
export const currentActor = cache(async (): Promise<Actor | null> => resolveActor(auth(), prisma(), await headers()));

/** The same from a Headers object (route handlers, tests). */
export function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  return resolveActor(auth(), prisma(), requestHeaders);
}

/** The current actor, or an AuthorizationError unless their role is at least `role`. */
export async function requireRole(role: Role): Promise<Actor> {
  const actor = await currentActor();
  assertRole(actor, role);
  return actor;
}
