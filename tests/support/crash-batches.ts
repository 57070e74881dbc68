// Shared by the crash writer (child process) and the test that kills it.
import type pg from "pg";
import { tableChecksums, type Checksums } from "./table-checksums";

export const CRASH_BATCH_SIZE = 4;
export const crashBatchPublisher = (batch: number) => `crash-batch-${batch}`;

/** Per table: row count and content hash, leaving out the crash writer's own rows. */
export function seededChecksums(client: pg.ClientBase): Promise<Checksums> {
  return tableChecksums(client, { source: `t.publisher NOT LIKE 'crash-batch-%'` });
}
