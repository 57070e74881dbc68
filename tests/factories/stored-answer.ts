// A one-byte answer as the front cache stores it, for tests of the answer store (lib/cache/answer-cache.ts).
import type { StoredAnswer } from "../../lib/cache/answer-cache";

/** Stored at `publication`; `asOf`: the past day it shows (null: a live view). */
export function storedAnswer(publication: string, asOf: string | null): StoredAnswer {
  return { status: 200, headers: {}, etag: 'W/"x"', body: Buffer.from("x"), publication, asOf, expiresAt: null };
}
