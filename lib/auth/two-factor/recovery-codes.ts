// Recovery codes: 10 per enrolment, each works once. A code is 20 base32 characters (100 random
// bits), shown once and stored only as its SHA-256. A fast hash is enough here, unlike for
// passwords: slow hashing protects guessable secrets, and 2^100 possibilities cannot be guessed
// from a leaked hash whatever the hash costs.
import { createHash, randomBytes } from "node:crypto";

export const recoveryCodeCount = 10;
const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** A fresh code, shown as four groups of five: "ABCDE-FGH23-…". */
export function newRecoveryCode(): string {
  const bytes = randomBytes(20);
  const chars = Array.from(bytes, (b) => alphabet[b & 31]!).join("");
  return chars.match(/.{5}/g)!.join("-");
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, newRecoveryCode);
}

/** What the user typed, in canonical form (no spaces or dashes, upper case), or null if it cannot be a code. */
export function normalizeRecoveryCode(input: string): string | null {
  const canonical = input.replace(/[\s-]/g, "").toUpperCase();
  return /^[A-Z2-7]{20}$/.test(canonical) ? canonical : null;
}

export function hashRecoveryCode(code: string): string {
  const canonical = normalizeRecoveryCode(code) ?? code;
  return createHash("sha256").update(canonical).digest("base64url");
}

/** The stored form: a JSON array of hashes (the `backup_codes` column). */
export function serializeRecoveryHashes(codes: readonly string[]): string {
  return JSON.stringify(codes.map(hashRecoveryCode));
}

export function parseRecoveryHashes(stored: string): string[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((h): h is string => typeof h === "string") : [];
  } catch {
    return [];
  }
}
