// The claim correction forms: the claim's fields, with the figure typed once as the source gives it
// (the guided form's parser infers the shape, values and currency) instead of shape, amount, low, high.
import { capacityClaimFields, fundingClaimFields } from "./claim-form-fields";
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

const valueText: FieldSpec = {
  name: "valueText",
  label: "Value, as the source gives it",
  control: "text",
  required: true,
  hint: "As printed: “1 GW”, “600–900 MW”, “793.4 petaFLOPS”, “246 EFLOPS FP8”, “18,000 GB300”, “over a thousand GPUs”.",
};
const replacedValues = new Set(["shape", "value", "valueLow", "valueHigh"]);

// The capacity correction form, the same way: the value typed once, converted to the metric's unit.
export const capacityCorrectionFields: FieldSpec[] = capacityClaimFields.flatMap((field) =>
  field.name === "shape" ? [valueText] : replacedValues.has(field.name) ? [] : [field],
);
