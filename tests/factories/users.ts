// An editor or admin row for audit events to point at (audit_event.actor_id references user.id).
import { randomUUID } from "node:crypto";
import type { Actor, Role } from "@/lib/core/actor";
import type { PrismaClient } from "../../lib/prisma-client";

export async function createActor(db: PrismaClient, role: Role = "editor"): Promise<Actor> {
  const id = randomUUID();
  const email = `${role}-${id.slice(0, 8)}@example.org`;
  await db.user.create({ data: { id, email, name: `Test ${role}`, role } });
  return { id, email, name: `Test ${role}`, role };
}
