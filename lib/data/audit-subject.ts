// A few words naming the record an audit event is about, from its stored before/after JSON:
// its title, name or label, else its slug. Null when the row has none of them.
const NAMING_FIELDS = ["title", "name", "label", "slug", "currency"] as const;
const MAX = 120;

export function describeAuditSubject(json: unknown): string | null {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
  const record = json as Record<string, unknown>;
  for (const field of NAMING_FIELDS) {
    const value = record[field];
    if (typeof value === "string" && value.trim() !== "") {
      const text = value.trim();
      return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
    }
  }
  return null;
}
