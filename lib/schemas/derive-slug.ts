// A URL name from a display name when the editor leaves the slug blank: "Mission IndiaAI (Phase 2)"
// → "mission-indiaai-phase-2". A name with no Latin letters or digits gives "", which the slug
// field then reports as required, so the editor types one.
export function deriveSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 100)
    .replace(/^-+|-+$/g, "");
}

/** For z.preprocess on an object with `slug` and `name`: fills a blank slug from the name. */
export function withDerivedSlug(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const blank = record.slug === undefined || record.slug === null || (typeof record.slug === "string" && record.slug.trim() === "");
  if (!blank || typeof record.name !== "string") return value;
  return { ...record, slug: deriveSlug(record.name) };
}
