// The accounts as the users page shows them: no hash, no token, no session.
import type { PrismaClient } from "@/lib/prisma-client";
import { assertRole, type Actor } from "@/lib/core/actor";

export type UserStatus = "active" | "disabled" | "locked" | "invited";

/** `twoFactor`: whether the user has set up their authenticator app (else they do at the next sign-in). */
export type UserRowDto = {
  id: string;
  email: string;
  name: string;
  role: string;
  status: UserStatus;
  twoFactor: boolean;
  createdAt: string;
};

export async function listUsers(db: PrismaClient, actor: Actor | null, now = new Date()): Promise<UserRowDto[]> {
  assertRole(actor, "admin");
  const users = await db.user.findMany({
    orderBy: [{ email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      banned: true,
      lockedUntil: true,
      createdAt: true,
      twoFactorEnabled: true,
      accounts: { where: { providerId: "credential", password: { not: null } }, select: { id: true } },
    },
  });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    status: u.banned ? "disabled" : u.lockedUntil && u.lockedUntil > now ? "locked" : u.accounts.length === 0 ? "invited" : "active",
    twoFactor: u.twoFactorEnabled,
    createdAt: u.createdAt.toISOString(),
  }));
}
