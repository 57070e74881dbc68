// Corrections that keep history: a claim is superseded by a new one (the old stays, marked), and a
// milestone's due date moves by a recorded revision (the old dates stay, so slippage shows).
import { z } from "zod";
import { capacityClaimSchema } from "./capacity-claim";
import { capacityValueLimits, fundingAmountLimits } from "./claim-limits";
import { requiredText, uuid } from "./fields";
import { fundingClaimSchema } from "./funding-claim";
import { inlineProvenanceFields, keepChosenProvenance } from "./inline-provenance";
import { milestoneSchema } from "./milestone";
import { recordVersion } from "./record-ref";
import { readCapacityValueText } from "./typed-capacity-value";
import { readFundingAmountText } from "./typed-funding-amount";

// The new claim is a whole claim (the form starts from the old one's values); `supersedesId` names
// the claim it corrects and `version` is that claim's version as the editor loaded it. The form
// types the amount as the source gives it (`amountText`), read by the guided form's parser. Its
// source (and announcement) may be one typed on the spot (inline-provenance.ts).
const supersedes = { supersedesId: uuid, version: recordVersion, ...inlineProvenanceFields };
export const fundingClaimSupersedeSchema = z.preprocess(
  (input, ctx) => readFundingAmountText(keepChosenProvenance(input), ctx),
  fundingClaimSchema.safeExtend({ ...fundingAmountLimits, ...supersedes }),
);
export const capacityClaimSupersedeSchema = z.preprocess(
  (input, ctx) => readCapacityValueText(keepChosenProvenance(input), ctx),
  capacityClaimSchema.safeExtend({ ...capacityValueLimits, ...supersedes }),
);

const m = milestoneSchema.shape;
export const milestoneRescheduleSchema = z.preprocess(
  keepChosenProvenance,
  z
    .object({
      id: uuid,
      version: recordVersion,
      dueOn: m.dueOn,
      duePrecision: m.duePrecision,
      dueText: m.dueText,
      relativeDays: m.relativeDays,
      anchorOn: m.anchorOn,
      anchorLabel: m.anchorLabel,
      reason: requiredText(1000),
      ...inlineProvenanceFields,
    })
    .superRefine((move, ctx) => {
      if (move.relativeDays === null) {
        if (move.dueOn === null)
          ctx.addIssue({ code: "custom", path: ["dueOn"], message: "Give the new due date, or a number of days after an anchor." });
        return;
      }
      // "N days after" resolves from its anchor: a typed date as well would be a second answer.
      if (move.dueOn !== null)
        ctx.addIssue({ code: "custom", path: ["dueOn"], message: "Leave the date empty: it is counted from the anchor." });
      if (move.anchorOn === null && move.anchorLabel === null) {
        ctx.addIssue({ code: "custom", path: ["anchorOn"], message: "Say what the days are counted from." });
      }
    }),
);

export type FundingClaimSupersede = z.output<typeof fundingClaimSupersedeSchema>;
export type CapacityClaimSupersede = z.output<typeof capacityClaimSupersedeSchema>;
export type MilestoneReschedule = z.output<typeof milestoneRescheduleSchema>;
