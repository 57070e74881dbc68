import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { auth } from "./auth";
import { resolveActor } from "./resolve-actor";

export { assertRole, AuthorizationError, type Actor, type Role } from "@/lib/core/actor";

/**
 * The signed-in, enabled user of this request, or null. Server-only; reads the session cookie.
 * Memoised per request (React `cache`), so the layout and the page share one session lookup.
 */
export const currentActor = cache(async (): Promise<Actor | null> => resolveActor(auth(), prisma(), await headers()));
