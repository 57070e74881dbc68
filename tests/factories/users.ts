// An editor or admin row for audit events to point at (audit_event.actor_id references user.id).
import { randomUUID } from "node:crypto";
import type { Actor, Role } from "@/lib/core/actor";
import type { PrismaClient } from "../../lib/prisma-client";

/** An actor whose user row is not written yet (`db.user.create({ data: actor })` writes it). */
export function newActor(role: Role = "editor"): Actor {
  const id = randomUUID();
  return { id, email: `${role}-${id.slice(0, 8)}@example.org`, name: `Test ${role}`, role };
}

export async function createActor(db: PrismaClient, role: Role = "editor"): Promise<Actor> {
  const actor = newActor(role);
  await db.user.create({ data: actor });
  return actor;
}
