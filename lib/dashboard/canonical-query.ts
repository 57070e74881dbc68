// No zod or other import here: the browser's instant forms (components/controls/instant-form.tsx) load it.
/**
 * How a page writes its own address (its canonical redirect), for a form that builds it in the
 * browser (components/controls/instant-form.tsx) and so lands on it without a redirect: keys in this
 * order, a key left out when its values are its default (as a set), the values of `sorted` keys sorted.
 */
export type CanonicalQuery = { order: string[]; defaults: Record<string, string[]>; sorted: string[] };

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/** A form's fields (name, value) as the page's address writes them; empty fields mean "no filter" and are left out. */
export function canonicalQuery(fields: readonly [string, string][], canonical?: CanonicalQuery): URLSearchParams {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of fields) if (value !== "") grouped.set(key, [...(grouped.get(key) ?? []), value]);
  let entries = [...grouped];
  if (canonical) {
    const rank = (key: string) => (canonical.order.includes(key) ? canonical.order.indexOf(key) : canonical.order.length);
    entries = entries
      .filter(([key, values]) => !(key in canonical.defaults && sameSet(values, canonical.defaults[key]!)))
      .map(([key, values]): [string, string[]] => [key, canonical.sorted.includes(key) ? [...values].sort() : values])
      .sort((a, b) => rank(a[0]) - rank(b[0]));
  }
  return new URLSearchParams(entries.flatMap(([key, values]) => values.map((value) => [key, value])));
}
