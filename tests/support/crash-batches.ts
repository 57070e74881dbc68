// Shared by the crash writer (child process) and the test that kills it.
import type pg from "pg";
import { databaseFingerprint, type Fingerprint } from "./database-fingerprint";

export const CRASH_BATCH_SIZE = 4;
export const crashBatchPublisher = (batch: number) => `crash-batch-${batch}`;

/** Per table: row count and content hash, leaving out the crash writer's own rows. */
export function seededChecksums(client: pg.ClientBase): Promise<Fingerprint> {
  return databaseFingerprint(client, { source: `t.publisher NOT LIKE 'crash-batch-%'` });
}
