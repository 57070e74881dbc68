// Which fields an audit event changed, before → after, as text. Pure, so the history views and
// their tests agree on what "changed" means.

export type ChangeDto = { field: string; before: string | null; after: string | null };

// Bookkeeping that changes with every write and says nothing to a reader of the history.
const skipped = new Set(["id", "createdAt", "updatedAt", "version"]);
// Defence in depth: writers never record these, and a reader never shows them if one did.
const secret = /password|hash|token|secret/i;

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Every field whose value differs between `before` and `after` (a create lists what it set). */
export function changedFields(before: unknown, after: unknown): ChangeDto[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !skipped.has(f));
  const changes: ChangeDto[] = [];
  for (const field of fields) {
    const [was, is] = [asText(b[field]), asText(a[field])];
    if (was === is) continue;
    changes.push(
      secret.test(field) && !/Set$|Expires$/.test(field)
        ? { field, before: was === null ? null : "[hidden]", after: is === null ? null : "[hidden]" }
        : { field, before: was, after: is },
    );
  }
  return changes;
}

/** A short name for the record the event is about, from its own snapshot. */
export function recordLabel(before: unknown, after: unknown): string | null {
  for (const snapshot of [asRecord(after), asRecord(before)]) {
    for (const key of ["name", "title", "label", "slug", "email", "currency"]) {
      const value = snapshot[key];
      if (typeof value === "string" && value !== "") return value;
    }
  }
  return null;
}
