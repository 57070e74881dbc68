// Marks that would overlap in a lane go on rows below each other: greedy interval packing, in order
// of their left edge, onto the first row whose last mark ends at least `gap` before.
export type Span = { id: string; x0: number; x1: number };

export function packRows(spans: Span[], gap: number): Map<string, number> {
  const rowEnds: number[] = [];
  const rows = new Map<string, number>();
  const ordered = [...spans].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1 || a.id.localeCompare(b.id));
  for (const span of ordered) {
    const free = rowEnds.findIndex((end) => end + gap <= span.x0);
    const row = free === -1 ? rowEnds.length : free;
    rowEnds[row] = span.x1;
    rows.set(span.id, row);
  }
  return rows;
}

/** How many rows a packing used (at least one, so an empty lane still has its band). */
export function rowCount(rows: Map<string, number>): number {
  return Math.max(1, ...[...rows.values()].map((row) => row + 1));
}
