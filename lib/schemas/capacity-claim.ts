import { z } from "zod";
import { checkFigureShape, checkWithdrawal } from "./figure-shape";
import { claimFields } from "./claim-fields";
import { optionalDecimal, optionalText, requiredText } from "./fields";
import { capacityKinds, capacityMetrics, computePrecisions } from "@/lib/core/vocabulary";

// Each metric is stored in one canonical unit so that programs compare without conversions.
export const canonicalUnits = {
  compute: "EFLOPS",
  power: "MW",
  accelerators: "accelerators",
  sites: "sites",
  facilities: "facilities",
  researchers: "people",
  jobs: "jobs",
  models: "models",
  other: null,
} as const;

// The fields a capacity claim stores; the guided announcement form reads the same object (announcement-claims.ts).
export const capacityClaimObject = z.object({
  ...claimFields,
  metric: z.enum(capacityMetrics, { message: "Choose what is measured." }),
  unit: requiredText(40),
  unitDetail: optionalText(200),
  precision: z.enum(computePrecisions).nullable().default(null),
  value: optionalDecimal,
  valueLow: optionalDecimal,
  valueHigh: optionalDecimal,
  kind: z.enum(capacityKinds, { message: "Choose target or operational." }),
});

export const capacityClaimSchema = capacityClaimObject.superRefine((claim, ctx) => {
  checkFigureShape(
    { shape: claim.shape, value: claim.value, low: claim.valueLow, high: claim.valueHigh },
    { value: "value", low: "valueLow", high: "valueHigh" },
    ctx,
  );
  checkCapacityUnit(claim, ctx);
  checkWithdrawal(claim, ctx);
});

type CapacityUnit = { metric: (typeof capacityMetrics)[number]; unit: string; precision: (typeof computePrecisions)[number] | null };

/** Unit and precision rules shared by this schema and the announcement form's capacity claims. */
export function checkCapacityUnit(claim: CapacityUnit, ctx: z.RefinementCtx): void {
  const unit = canonicalUnits[claim.metric];
  if (unit !== null && claim.unit !== unit) {
    ctx.addIssue({ code: "custom", path: ["unit"], message: `Record ${claim.metric} in ${unit}.` });
  }
  if (claim.metric === "compute" && claim.precision === null) {
    ctx.addIssue({ code: "custom", path: ["precision"], message: "Say which precision the FLOPS are quoted in (or unspecified)." });
  }
}

export type CapacityClaimInput = z.infer<typeof capacityClaimSchema>;
