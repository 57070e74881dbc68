// Who is acting on the data. Every server action and mutating route resolves the actor from the
// session itself (never from proxy.ts or a page check) and asserts the role it needs.
export type Role = "editor" | "admin";

export type Actor = { id: string; email: string; name: string; role: Role };

export class AuthorizationError extends Error {
  constructor(readonly code: "unauthenticated" | "forbidden") {
    super(code === "unauthenticated" ? "Sign in to continue." : "Your role does not allow this.");
  }
}

// Admins may do everything editors may.
const rank: Record<Role, number> = { editor: 1, admin: 2 };

/** Throws unless there is an actor whose role is at least `role`. */
export function assertRole(actor: Actor | null, role: Role): asserts actor is Actor {
  if (!actor) throw new AuthorizationError("unauthenticated");
  // A role this table does not know (a stale session, a bad row) ranks below every role.
  if ((rank[actor.role] ?? 0) < rank[role]) throw new AuthorizationError("forbidden");
}
