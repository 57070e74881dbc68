// argon2id hashing for every password (Better Auth's own default is scrypt; OWASP prefers argon2id).
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { argon2Options, passwordLength } from "./policy";

export const passwordSchema = z
  .string()
  .min(passwordLength.min, `Use at least ${passwordLength.min} characters (a few unrelated words make a good one).`)
  .max(passwordLength.max, `Use at most ${passwordLength.max} characters.`);

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

/** False for a wrong password and for a malformed stored hash; never throws on user input. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// Unknown accounts are checked against this hash, so that they cost the same argon2 work as a
// wrong password and the response time does not tell whether an email has an account.
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64url"));
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}

/** Whether a stored hash was made with weaker or other parameters than today's (rehash on sign-in). */
export function needsRehash(storedHash: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(storedHash);
  if (!match) return true;
  const [, m, t, p] = match.map(Number);
  return m !== argon2Options.memoryCost || t !== argon2Options.timeCost || p !== argon2Options.parallelism;
}
