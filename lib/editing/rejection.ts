// A write that the database state refuses although the input was well-formed: a partner role already
// taken, a record other rows still depend on, a claim already superseded. Thrown inside the
// transaction (so nothing is written) and returned to the form as field errors, like a zod failure.
import type { FieldErrors } from "@/lib/actions/action-result";

export class RejectedInputError extends Error {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly formError?: string,
  ) {
    super(formError ?? Object.values(fieldErrors).flat().join(" "));
  }
}

/** Refuses the whole form with one message (no single field is to blame). */
export function rejectForm(message: string): never {
  throw new RejectedInputError({}, message);
}

/** Refuses one field with its message. */
export function rejectField(field: string, message: string): never {
  throw new RejectedInputError({ [field]: [message] });
}
