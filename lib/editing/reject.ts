// Refusals that only the stored data can justify (a record other rows depend on, a claim already
// corrected, a partner role taken): thrown inside the transaction, so nothing is written, and
// returned to the form like a schema failure (see InvalidInputError).
import { InvalidInputError } from "./invalid-input";

/** Refuses the whole form with one message (no single field is to blame). */
export function rejectForm(message: string): never {
  throw new InvalidInputError({}, message);
}

/** Refuses one field with its message. */
export function rejectField(field: string, message: string): never {
  throw new InvalidInputError({ [field]: [message] });
}
