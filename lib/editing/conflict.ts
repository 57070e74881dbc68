// Optimistic concurrency: a form carries the `version` it was loaded at; a save succeeds only if the
// row still has that version, and bumps it. Anything else is a conflict the editor must resolve.
export class ConflictError extends Error {
  constructor(
    readonly entityType: string,
    readonly entityId: string,
  ) {
    super("Someone else saved this record after you opened it. Reload to compare their version with yours.");
  }
}

export class NotFoundError extends Error {
  constructor(
    readonly entityType: string,
    readonly entityId: string,
  ) {
    super("This record no longer exists.");
  }
}

/**
 * Checks the count returned by `updateMany({ where: { id, version }, data: { …, version: { increment: 1 } } })`.
 * Zero rows means the version moved on (or the row is gone): a conflict, never a silent overwrite.
 */
export function assertVersionMatched(count: number, entityType: string, entityId: string): void {
  if (count !== 1) throw new ConflictError(entityType, entityId);
}
