// A source's kind as readers read it. The seed's French articles are stored as `seed_document` (how
// the project received them); to a reader they are articles like any other, cited by publisher.
const labels: Record<string, string> = { seed_document: "article", official_document: "official document", press_release: "press release" };

export function sourceKindLabel(kind: string): string {
  return labels[kind] ?? kind.replaceAll("_", " ");
}
