// The funding correction form: the claim's fields, with the figure typed once as the source gives it
// (the guided form's parser infers the shape, values and currency) instead of shape, amount, low, high.
import { fundingClaimFields } from "./claim-form-fields";
import type { FieldSpec } from "./field-spec";

const replaced = new Set(["shape", "amount", "amountLow", "amountHigh"]);

const amountText: FieldSpec = {
  name: "amountText",
  label: "Amount, as the source gives it",
  control: "text",
  required: true,
  hint: "As printed: “€2–3 bn”, “up to $100 bn”, “10,371.92 crore”, “rund 2 Milliarden Euro”, “725億円”.",
};

export const fundingCorrectionFields: FieldSpec[] = fundingClaimFields.flatMap((field) =>
  field.name === "shape" ? [amountText] : replaced.has(field.name) ? [] : [field],
);
