import type { UsedTestDatabase } from "./test-database";

/** A test file's database made with `useTestDatabase({ seeded: true })`: the five seeded programs. */
export type SeededDatabase = UsedTestDatabase;

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The same instant parseAsOf gives for ?asOf=<iso>. */
export const endOf = (iso: string) => new Date(`${iso}T23:59:59.999Z`);
