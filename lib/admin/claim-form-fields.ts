// The fields of the funding and capacity claim forms (edit and correct share them). Those marked
// `guided` are drawn from here by the guided announcement form too; it draws the figure (typed as the
// source gives it), the label and "part of" itself.
import { canonicalUnits } from "@/lib/schemas/capacity-claim";
import {
  capacityKinds,
  capacityMetrics,
  claimScopes,
  computePrecisions,
  datePrecisions,
  fundingKinds,
  valueShapes,
} from "@/lib/core/vocabulary";
import type { FieldSpec } from "./field-spec";
import { confidenceField, editorNoteField, provenanceFields, readerNotesField } from "./shared-fields";

const figureShape: FieldSpec = {
  name: "shape",
  label: "How the figure was stated",
  control: "select",
  options: valueShapes,
  required: true,
  hint: "A range uses the low and high ends; “unstated” (the source gives no number) uses none; every other shape uses the single value.",
};

// The as-of hint is the funding forms' only: a blank date there converts at the source's year (lib/money/claim-year.ts).
const claimContext = (asOfHint?: string): FieldSpec[] => [
  { name: "asOf", label: "As of", control: "date", guided: true, ...(asOfHint ? { hint: asOfHint } : {}) },
  { name: "asOfPrecision", label: "As-of date known to the", control: "select", options: datePrecisions, guided: true, initial: "day" },
  { name: "scope", label: "Scope", control: "text", guided: true },
  { name: "quote", label: "Quote from the source", control: "textarea", guided: true },
  { ...confidenceField, required: true },
  { name: "confidenceNote", label: "Why this confidence (shown to readers)", control: "text", guided: true },
  readerNotesField,
  { ...editorNoteField, hint: "Doubts, how the figure was found." },
  {
    name: "claimScope",
    label: "Whose figure",
    control: "select",
    options: claimScopes,
    required: true,
    hint: "own: the program's; related: context beside it, never drawn or added with the program's own.",
  },
  { name: "withdrawnOn", label: "Withdrawn on", control: "date", hint: "Kept on record, marked, never drawn as current." },
  { name: "withdrawnNote", label: "Why it was withdrawn", control: "textarea" },
  { name: "isHeadline", label: "Headline figure of the program", control: "checkbox", guided: true },
];

export const fundingClaimFields: FieldSpec[] = [
  { name: "label", label: "Label", control: "text", required: true },
  ...provenanceFields,
  figureShape,
  { name: "amount", label: "Amount", control: "text", hint: "Digits, at most 2 decimals: 10371920000 or 2.5" },
  { name: "amountLow", label: "Low end", control: "text" },
  { name: "amountHigh", label: "High end", control: "text" },
  { name: "currency", label: "Currency", control: "text", required: true, hint: "Three letters: EUR, USD, INR" },
  { name: "kind", label: "Kind of money", control: "select", options: fundingKinds, required: true, guided: true, initial: "pledged" },
  { name: "periodStart", label: "Period from", control: "date", guided: true },
  { name: "periodEnd", label: "Period to", control: "date", guided: true },
  {
    name: "periodText",
    label: "Period as stated",
    control: "text",
    hint: "e.g. “over five years”, or a fiscal year (“FY2024-25 (April–March)”, “JFY2023”): it converts at the rate of its main year.",
    guided: true,
  },
  { name: "statedConversionAmount", label: "The source's own conversion: amount", control: "text", hint: "As printed, e.g. 10300000000." },
  { name: "statedConversionCurrency", label: "The source's own conversion: currency", control: "text", hint: "e.g. USD" },
  {
    name: "statedConversionSourceId",
    label: "The source's own conversion: printed by",
    control: "select",
    options: "sources",
    optional: true,
  },
  ...claimContext("Blank: the source's date."),
  {
    name: "parentId",
    label: "Part of",
    control: "select",
    options: "fundingClaims",
    optional: true,
    hint: "For an “of which” figure: the whole it is part of.",
  },
];

const units = Object.entries(canonicalUnits)
  .filter(([, unit]) => unit !== null)
  .map(([metric, unit]) => `${metric}: ${unit}`)
  .join(", ");

export const capacityClaimFields: FieldSpec[] = [
  { name: "label", label: "Label", control: "text", required: true },
  ...provenanceFields,
  { name: "metric", label: "What is measured", control: "select", options: capacityMetrics, required: true },
  { name: "unit", label: "Unit", control: "text", required: true, hint: `Canonical units: ${units}.` },
  { name: "unitDetail", label: "Unit as stated", control: "text" },
  { name: "precision", label: "Compute precision", control: "select", options: computePrecisions, optional: true },
  figureShape,
  { name: "value", label: "Value", control: "text" },
  { name: "valueLow", label: "Low end", control: "text" },
  { name: "valueHigh", label: "High end", control: "text" },
  {
    name: "kind",
    label: "Target or operational",
    control: "select",
    options: capacityKinds,
    required: true,
    guided: true,
    initial: "target",
  },
  ...claimContext(),
  { name: "parentId", label: "Part of", control: "select", options: "capacityClaims", optional: true },
];
