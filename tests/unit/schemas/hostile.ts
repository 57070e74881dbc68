// Generated input an attacker or a broken client might send: markup, scripts, absurd numbers,
// impossible dates, huge strings and values of the wrong type.
import fc from "fast-check";

export const hostileText = fc.oneof(
  fc.constantFrom(
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "-5",
    "-1e9",
    "0",
    "NaN",
    "Infinity",
    "1e400",
    "9".repeat(400),
    "0x1F",
    "1,2,3",
    "2025-02-30",
    "2025-13-01",
    "0000-00-00",
    "99999-01-01",
    "\u0000",
    "\u202e",
    "'; DROP TABLE program; --",
    "{{7*7}}",
    "${7*7}",
    "__proto__",
    "   ",
    "",
    "constructor",
    "toString",
    "5 constructor",
    "up to 5 valueOf",
  ),
  fc.string({ maxLength: 50 }),
  fc.string({ minLength: 5001, maxLength: 6000 }),
);

export const hostileValue = fc.oneof(
  hostileText,
  fc.constantFrom(null, undefined, true, false, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e308, [], {}, ["a"], { mode: "new" }),
  fc.integer(),
  fc.double(),
);

type Json = Record<string, unknown>;

/** Every path to a leaf of a plain object ("fundingClaims.0.amountText"). */
export function leafPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** A deep copy of `input` with the leaf at `path` replaced. */
export function replaceAt(input: Json, path: string, replacement: unknown): Json {
  const copy = structuredClone(input);
  const keys = path.split(".");
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = replacement;
  return copy;
}
