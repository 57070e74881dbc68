// One rule for money and capacity alike: a range has both ends with low <= high; every other
// shape (exact, approximate, at least, up to) has its single value.
import Decimal from "decimal.js";
import type { z } from "zod";
import type { valueShapes } from "@/lib/core/vocabulary";

type Shaped = { shape: (typeof valueShapes)[number]; value: string | null; low: string | null; high: string | null };
type Names = { value: string; low: string; high: string };

export function checkFigureShape(figure: Shaped, names: Names, ctx: z.RefinementCtx): void {
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
