// One rule for money and capacity alike: a range has both ends with low <= high; every other
// shape (exact, approximate, at least, up to) has its single value; "unstated" (the source gives no
// number) has none, so a value entered with it is refused rather than silently dropped.
import Decimal from "decimal.js";
import type { z } from "zod";
import type { valueShapes } from "@/lib/core/vocabulary";

type Shaped = { shape: (typeof valueShapes)[number]; value: string | null; low: string | null; high: string | null };
type Names = { value: string; low: string; high: string };

export function checkFigureShape(figure: Shaped, names: Names, ctx: z.RefinementCtx): void {
  if (figure.shape === "unstated") {
    const given = (
      [
        ["value", figure.value],
        ["low", figure.low],
        ["high", figure.high],
      ] as const
    ).filter(([, v]) => v !== null);
    for (const [field] of given) {
      ctx.addIssue({
        code: "custom",
        path: [names[field]],
        message: "The source states no number: leave this empty, or choose another shape.",
      });
    }
    return;
  }
  if (figure.shape !== "range") {
    if (figure.value === null) ctx.addIssue({ code: "custom", path: [names.value], message: "Enter the amount." });
    return;
  }
  if (figure.low === null) ctx.addIssue({ code: "custom", path: [names.low], message: "Enter the low end of the range." });
  if (figure.high === null) ctx.addIssue({ code: "custom", path: [names.high], message: "Enter the high end of the range." });
  if (figure.low !== null && figure.high !== null && new Decimal(figure.low).greaterThan(figure.high)) {
    ctx.addIssue({ code: "custom", path: [names.high], message: "The high end must be at least the low end." });
  }
}

export function checkDateOrder(start: string | null, end: string | null, path: string, ctx: z.RefinementCtx): void {
  if (start && end && start > end) ctx.addIssue({ code: "custom", path: [path], message: "The end must not be before the start." });
}

type StatedConversion = {
  statedConversionAmount: string | null;
  statedConversionCurrency: string | null;
  statedConversionSourceId: string | null;
};

/** A source's own conversion is an amount, a currency and the source that printed it: all three or none. */
export function checkStatedConversion(claim: StatedConversion, ctx: z.RefinementCtx): void {
  const fields = [
    ["statedConversionAmount", claim.statedConversionAmount, "Enter the amount the source printed."],
    ["statedConversionCurrency", claim.statedConversionCurrency, "Enter the currency the source converted to."],
    ["statedConversionSourceId", claim.statedConversionSourceId, "Choose the source that printed this conversion."],
  ] as const;
  if (fields.every(([, value]) => value === null)) return;
  for (const [path, value, message] of fields) if (value === null) ctx.addIssue({ code: "custom", path: [path], message });
}

/** A withdrawal note explains a withdrawal: it needs the date the claim was withdrawn. */
export function checkWithdrawal(claim: { withdrawnOn: string | null; withdrawnNote: string | null }, ctx: z.RefinementCtx): void {
  if (claim.withdrawnNote && !claim.withdrawnOn) {
    ctx.addIssue({ code: "custom", path: ["withdrawnOn"], message: "Enter the date the claim was withdrawn." });
  }
}
