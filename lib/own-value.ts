/**
 * A table's entry for a key that came from outside (a query string, a typed word), or undefined.
 * Own keys only: "constructor" or "toString" must not find Object.prototype's functions, which a
 * page cannot render and a parser would misread.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;
}
