// From a request's headers to the Actor, or null. The session must exist in the database, be
// unexpired (Better Auth checks the signed cookie and the row) and younger than the absolute
// lifetime; the user must not be disabled. Better Auth slides the expiry while the session is used.
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor, Role } from "@/lib/core/actor";
import type { AtlasAuth } from "./create-auth";
import { sessionLifetime } from "./policy";

const roles: readonly Role[] = ["editor", "admin"];

export async function resolveActor(auth: AtlasAuth, db: PrismaClient, headers: Headers): Promise<Actor | null> {
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  const { session, user } = found;
  const role = roles.find((r) => r === user.role);
  if (user.banned || !role) return null;
  if (Date.now() - session.createdAt.getTime() > sessionLifetime.absoluteSeconds * 1000) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  return { id: user.id, email: user.email, name: user.name, role };
}
