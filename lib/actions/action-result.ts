// The one result every action returns to its form (through useActionState) or to a test.
import type { FieldErrors } from "@/lib/core/types";

export type ActionResult<T = unknown> =
  | { status: "ok"; data: T; message?: string }
  | { status: "invalid"; fieldErrors: FieldErrors; formError?: string }
  | { status: "conflict"; message: string }
  | { status: "not_found"; message: string }
  | { status: "unauthenticated" | "forbidden"; message: string }
  | { status: "error"; message: string };

// Shown for anything unexpected: the details go to the server log, never to the browser.
export const genericFailure = "Something went wrong and nothing was saved. Please try again.";
