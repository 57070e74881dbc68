import { parseAsOf, type KnownBy } from "@/lib/data/visibility";

/** The visibility cut-off of a validated asOf (the schema already refused malformed days). */
export function knownByOfQuery(asOf: string | undefined): KnownBy {
  return parseAsOf(asOf);
}
