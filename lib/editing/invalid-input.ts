// A write that finds a problem only the database can see (a taken slug, a currency with no rates, a
// program deleted meanwhile) throws this: defineAction turns it into field errors next to the
// fields, exactly like a schema failure, and the transaction rolls back so nothing is written.
import type { FieldErrors } from "@/lib/core/types";
import { hasPrismaCode } from "@/lib/core/prisma-errors";

export class InvalidInputError extends Error {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly formError?: string,
  ) {
    super(formError ?? "Some fields need attention.");
  }
}

/** Runs one insert; a unique violation becomes a field error on `field`. */
export async function uniqueOr<T>(field: string, message: string, insert: () => Promise<T>): Promise<T> {
  try {
    return await insert();
  } catch (error) {
    if (hasPrismaCode(error, "P2002")) throw new InvalidInputError({ [field]: [message] });
    throw error;
  }
}
