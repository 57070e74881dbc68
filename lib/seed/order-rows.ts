// Rows that point at rows of the same table (a claim's parent, the claim it supersedes) are
// inserted after what they point at, so every foreign key is satisfied row by row.
type SelfReferencing = { id: string; parentId: string | null; supersedesId: string | null };

export function referencedFirst<T extends SelfReferencing>(rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered: T[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (row: T) => {
    if (placed.has(row.id)) return;
    if (visiting.has(row.id)) throw new Error(`Claims refer to each other in a cycle: ${row.id}`);
    visiting.add(row.id);
    for (const target of [row.parentId, row.supersedesId]) {
      const referenced = target ? byId.get(target) : undefined;
      if (referenced) place(referenced);
    }
    visiting.delete(row.id);
    placed.add(row.id);
    ordered.push(row);
  };
  rows.forEach(place);
  return ordered;
}
