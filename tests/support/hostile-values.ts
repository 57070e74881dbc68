// Values a hostile or broken client could send in place of any form field.
import fc from "fast-check";

const nasty = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "' OR 1=1 --",
  '"; DROP TABLE program; --',
  "\u0000",
  "a\u0000b",
  "\uD800",
  "💥",
  "x".repeat(6000),
  "-1",
  "0",
  "0.00",
  "1e309",
  "NaN",
  "Infinity",
  "2025-02-30",
  "2025-13-01",
  "99999-01-01",
  "HTTPS://EXAMPLE.ORG/x",
  "javascript:alert(1)",
  "https://",
  "1234567890123456789012345",
  "1.1234567",
  "12345678901234567890.5",
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "2147483648",
  "4294967296",
  "1.5",
  " ",
  "range",
  "admin",
  "__proto__",
  // Names every plain object inherits: a lookup table that is not own-keys-only finds a function.
  "constructor",
  "toString",
  "hasOwnProperty",
  "5 constructor",
  "up to 5 toString",
];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...nasty),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** Hostile values for some of a form's fields, or for fields it should not have. */
export function hostileOverrides(fields: string[]): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...new Set([...fields, "id", "version", "programId", "deletedAt", "supersedesId", "role"])];
  return fc.dictionary(fc.constantFrom(...keys), hostileValue, { minKeys: 1, maxKeys: 4 });
}

/** A valid input with some of its fields (or extra ones) replaced by hostile values. */
export function hostileVariant(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  return hostileOverrides(Object.keys(valid)).map((overrides) => ({ ...valid, ...overrides }));
}

/** Every query parameter the public charts, embeds and API read, and names every object inherits. */
const queryKeys = [
  "program",
  "metric",
  "currency",
  "scale",
  "claims",
  "funding",
  "capacity",
  "unverified",
  "view",
  "asOf",
  "theme",
  "chart",
  "status",
  "format",
  "q",
  "__proto__",
  "constructor",
  "toString",
];

/** Up to `maxLength` query parameters, named as ours are (or as every object's properties are), with these values. */
export function hostileQuery(values: fc.Arbitrary<string>, maxLength = 5): fc.Arbitrary<Array<[string, string]>> {
  return fc.array(fc.tuple(fc.constantFrom(...queryKeys), values), { maxLength });
}
