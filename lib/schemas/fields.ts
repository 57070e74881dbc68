// Field-level building blocks with the messages editors will read next to each field.
import { z } from "zod";
import "@/lib/security/zod-jitless"; // no eval, for the editors' Content-Security-Policy
import { slugMaxLength, slugPattern } from "@/lib/core/slug";

// PostgreSQL text cannot hold NUL, half of a UTF-16 surrogate pair would be stored as a replacement
// character, and other control characters (bar tab and line breaks) are never meant: refuse them
// with a message rather than fail or alter the text in the database.
const BAD_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u;
export const isCleanText = (value: string) => !BAD_CHARACTERS.test(value);
export const cleanTextMessage = "Remove the invisible or broken characters (pasted from another program?).";

export const requiredText = (max: number) =>
  z.string().trim().min(1, "Required.").max(max, `At most ${max} characters.`).refine(isCleanText, cleanTextMessage);

// Forms send "" for an empty field and JSON may omit it: both mean "no value".
const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

export const optionalText = (max: number) =>
  z.preprocess(blankToNull, z.string().trim().max(max, `At most ${max} characters.`).refine(isCleanText, cleanTextMessage).nullable());

// Money and capacity travel as decimal strings; a float would silently round large amounts.
export const positiveDecimal = z
  .string()
  .trim()
  .regex(/^\d{1,22}(\.\d{1,6})?$/, "Enter a number such as 1500000000 or 1.5.")
  .refine((v) => /[1-9]/.test(v), "Must be greater than zero.");

export const optionalDecimal = z.preprocess(blankToNull, positiveDecimal.nullable());

/**
 * A positive decimal that fits its column exactly: at most `integerDigits` before the point and
 * `fractionDigits` after it, so the database neither overflows nor silently rounds it.
 */
export function optionalDecimalWithin(integerDigits: number, fractionDigits: number) {
  const pattern = new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,${fractionDigits}})?$`);
  const message = `Enter a number such as 1500000000 or 1.5 (at most ${fractionDigits} decimals).`;
  const decimal = z
    .string()
    .trim()
    .regex(pattern, message)
    .refine((v) => /[1-9]/.test(v), "Must be greater than zero.");
  return z.preprocess(blankToNull, decimal.nullable());
}

/** A real calendar date written YYYY-MM-DD (2025-02-30 is refused). */
export const isoDate = z.iso.date({ message: "Enter a real date as YYYY-MM-DD." });
export const optionalIsoDate = z.preprocess(blankToNull, isoDate.nullable());

export const httpUrl = z
  .url({ protocol: /^https?$/, message: "Enter a web address starting with http:// or https://." })
  .max(2048, "At most 2048 characters.")
  // The URL parser accepts "HTTPS://…" but the database's check wants a lower-case scheme.
  .transform((v) => v.replace(/^https?:/i, (scheme) => scheme.toLowerCase()));

export const optionalHttpUrl = z.preprocess(blankToNull, httpUrl.nullable());

export const currencyCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, "Use a three-letter currency code such as USD or EUR.");

export const slug = z
  .string()
  .trim()
  .min(1, "Required.")
  .max(slugMaxLength, `At most ${slugMaxLength} characters.`)
  .regex(slugPattern, "Use lower-case letters, digits and single hyphens.");

export const uuid = z.uuid({ message: "Choose an existing record." });
// An account's id as a form or the activity filter sends it. Text no id can be (a NUL, which PostgreSQL
// refuses in a query) names no account.
export const accountId = z.string().min(1).max(100).refine(isCleanText, "Choose an existing account.");
export { blankToNull };
export const optionalUuid = z.preprocess(blankToNull, uuid.nullable());

// A checkbox: browsers send "on" when ticked and nothing when not; hidden inputs may send "true"/"false".
const checkboxValue = (v: unknown) => (v === undefined || v === "" || v === "false" ? false : v === "on" || v === "true" ? true : v);
export const checkbox = z.preprocess(checkboxValue, z.boolean({ message: "Tick or untick the box." }));
