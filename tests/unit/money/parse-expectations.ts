// What parseAmount and parseCapacity share (the capacity's number is read by parseAmount): a refusal
// says why, and a separator the text does not settle is asked about with the source's reading offered.
import Decimal from "decimal.js";
import { expect } from "vitest";

/** The decimal a typed number stands for under a scale or unit of 10^exponent, e.g. ("1.5", 9) → "1500000000". */
export const scaled = (typed: string, exponent: number) => new Decimal(typed).times(new Decimal(10).pow(exponent)).toFixed();

type Refusal = { ok: false; message: string; readings?: readonly { amount: string | null }[] };

export function expectRefused(result: { ok: true } | Refusal, message: RegExp): void {
  expect(result.ok).toBe(false);
  expect(!result.ok && result.message).toMatch(message);
}

export function expectReadingOffered(result: Refusal, amount: string, text: string): void {
  expect(
    result.readings?.map((reading) => reading.amount),
    text,
  ).toContain(amount);
}
