// Every mutation goes through defineAction: authorise (from the session the caller resolved; a page
// check or proxy.ts is never enough) → validate with the shared zod schema → run (one transaction
// with its audit event, inside `run`) → map known failures to a result. Nothing throws to the client.
// A problem only the write can see (InvalidInputError: a taken slug, an unknown currency) comes back
// as field errors, like a schema failure.
import type { z } from "zod";
import { assertRole, AuthorizationError, type Actor, type Role } from "@/lib/core/actor";
import { ConflictError, NotFoundError } from "@/lib/editing/conflict";
import { InvalidInputError } from "@/lib/editing/invalid-input";
import { fieldErrorsOf, genericFailure, type ActionResult } from "@/lib/core/action-result";

export type ActionDefinition<S extends z.ZodType, T> = {
  name: string;
  role: Role;
  schema: S;
  run: (actor: Actor, input: z.output<S>) => Promise<T>;
};

export type DefinedAction<S extends z.ZodType, T> = ActionDefinition<S, T> & {
  // The actor, or the pending lookup (lib/auth/action-guard.ts's actionActor()), whose refusal
  // of a cross-site request is an AuthorizationError like any other and becomes a result here.
  invoke: (actor: Actor | null | Promise<Actor | null>, input: unknown) => Promise<ActionResult<T>>;
};

export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>): DefinedAction<S, T> {
  const invoke = async (pendingActor: Actor | null | Promise<Actor | null>, input: unknown): Promise<ActionResult<T>> => {
    let actor: Actor | null;
    try {
      actor = await pendingActor;
      assertRole(actor, definition.role);
    } catch (error) {
      if (error instanceof AuthorizationError) return { status: error.code, message: error.message };
      throw error;
    }
    try {
      // Inside the try: a refinement or transform that throws on hostile input is a bug to log,
      // never a 500 with its details.
      const parsed = definition.schema.safeParse(input);
      if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
      return { status: "ok", data: await definition.run(actor, parsed.data) };
    } catch (error) {
      if (error instanceof ConflictError) return { status: "conflict", message: error.message };
      if (error instanceof NotFoundError) return { status: "not_found", message: error.message };
      if (error instanceof InvalidInputError) {
        return { status: "invalid", fieldErrors: error.fieldErrors, ...(error.formError !== undefined && { formError: error.formError }) };
      }
      console.error(`action ${definition.name} failed`, error);
      return { status: "error", message: genericFailure };
    }
  };
  return { ...definition, invoke };
}
