// The program picker's selection, the same on /compare and /timeline: none chosen means the view's
// default programs (all of a short list, else the ten largest or busiest), which the picker shows
// ticked, so that choosing another adds it and unticking one removes it. Ticking exactly the default
// ones is the default view again, which keeps one address (and follows the data as it grows).

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((value) => set.has(value));
}

/** The chosen programs, or none when they are the default ones (`byDefault`, null when the view cannot tell). */
export function foldSelection(chosen: readonly string[], byDefault: readonly string[] | null): string[] {
  return byDefault !== null && byDefault.length > 0 && sameSet(chosen, byDefault) ? [] : [...chosen];
}

/** The programs a view shows, ticked in its picker: the chosen ones, else the default ones. */
export function shownSelection(chosen: readonly string[], byDefault: readonly string[] | null): string[] {
  return chosen.length > 0 ? [...chosen] : [...(byDefault ?? [])];
}
