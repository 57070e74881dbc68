// The funding correction form takes the amount as the source gives it ("rund 2 Milliarden Euro",
// "€2–3 bn", "最大725億円"), read by the guided form's parser: the shape, values and currency follow
// from the text instead of being set by hand. Runs before the claim schema (a zod preprocess).
import { z } from "zod";
import { claimCurrency, readTypedAmount } from "./announcement-claims";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/**
 * The input with shape, amount, low, high and currency read from `amountText`; a field error when it
 * cannot be read. Input without `amountText` (the API, scripts) passes as it is, with its own fields.
 */
export function readFundingAmountText(input: unknown, ctx: z.RefinementCtx): unknown {
  if (!isRecord(input) || !("amountText" in input)) return input;
  const text = typeof input.amountText === "string" ? input.amountText.trim() : "";
  if (text === "") {
    ctx.addIssue({ code: "custom", path: ["amountText"], message: "Type the amount as the source gives it, e.g. 10,371.92 crore." });
    return input;
  }
  const parsed = readTypedAmount(text, "money");
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", path: ["amountText"], message: parsed.message });
    return input;
  }
  const currency = claimCurrency(parsed.currency, input.currency);
  if (!currency.ok) {
    ctx.addIssue({ code: "custom", path: ["currency"], message: currency.message });
    return input;
  }
  return { ...input, shape: parsed.shape, amount: parsed.amount, amountLow: parsed.low, amountHigh: parsed.high, currency: currency.code };
}

const prefixes = { exact: "", approximate: "about ", at_least: "more than ", up_to: "up to " } as const;

// The columns of a funding claim's figure and of a capacity claim's.
const columns = { amount: ["amount", "amountLow", "amountHigh"], value: ["value", "valueLow", "valueHigh"] } as const;

// "1.234" (EFLOPS) would be asked about (a thousands separator, or a decimal point?): "1.2340" is not.
const unambiguous = (value: string) => (/^[1-9]\d{0,2}\.\d{3}$/.test(value) ? `${value}0` : value);

/** A stored claim's figure as text the parser reads back to the same figure ("about 11000000000"). */
// An edit form's values, as lib/admin/form-state.ts keeps them (field name → typed text).
export function typedAmountOf(values: Record<string, string>, figure: keyof typeof columns = "amount"): string {
  const [point, low, high] = columns[figure];
  if (values.shape === "range") return values[low] && values[high] ? `${unambiguous(values[low])} to ${unambiguous(values[high])}` : "";
  const prefix = prefixes[values.shape as keyof typeof prefixes] ?? "";
  return values[point] ? `${prefix}${unambiguous(values[point])}` : "";
}
