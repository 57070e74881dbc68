// Page search params as Next hands them over, and the helpers every page's zod schema shares:
// a repeated key takes its first value, an empty form field counts as absent, and a bad value
// falls back to the default instead of raising an error page.
import { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;
/** A query as a page gets it (an object) or as a route handler reads it (URLSearchParams). */
export type SearchParamsInput = URLSearchParams | SearchParams;

/** Each key's values in order. A Map, not an object literal: keys such as "__proto__" must stay plain keys. */
export function groupParams(params: URLSearchParams): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of params) grouped.set(key, [...(grouped.get(key) ?? []), value]);
  return grouped;
}

/** Either form of a query as the object a page gets. */
export function paramRecord(input: SearchParamsInput): SearchParams {
  return input instanceof URLSearchParams ? Object.fromEntries(groupParams(input)) : input;
}

export function first(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return single === "" ? undefined : single;
}

export function all(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v !== "");
}

/** An optional single value; anything the schema refuses becomes undefined. */
export function optionalParam<T extends z.ZodType>(schema: T) {
  return z.preprocess(first, schema.optional()).catch(undefined);
}

/** A program's slug as a filter (?program=<slug>); anything else means no filter. */
export const programSlugParam = optionalParam(z.string().regex(/^[a-z0-9-]{1,100}$/));

/** A page number of a paged list, 1 unless a valid one is given. */
export const pageParam = z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1);

/** A list from a repeated key (checkboxes); values the schema refuses are dropped. */
export function listParam<T extends z.ZodType>(schema: T) {
  return z.preprocess(all, z.array(z.unknown())).transform((values) =>
    values.flatMap((value) => {
      const parsed = schema.safeParse(value);
      return parsed.success ? [parsed.data as z.output<T>] : [];
    }),
  );
}
