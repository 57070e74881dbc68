// Records as form values and back: every field is text in a form ("" for none, "on" for a ticked
// box, one alias per line), and the server action turns the text into what the schema reads.
import { toIsoDay } from "@/lib/core/dates";
import type { FieldSpec } from "./field-spec";
import type { EditFormValues } from "./form-state";

const MAX_FIELDS = 200;

/** The text fields of a submitted form, minus Next's own $ACTION fields and any file. */
export function valuesFromForm(formData: FormData): EditFormValues {
  const values: EditFormValues = {};
  let count = 0;
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION") || name in values) continue;
    if ((count += 1) > MAX_FIELDS) break;
    values[name] = value;
  }
  return values;
}

export type InputShaping = { lines?: readonly string[]; blankAsNull?: readonly string[] };

/**
 * How a form's fields are shaped for its schema, read from the fields themselves: a list field
 * becomes a list, and an optional select of a closed vocabulary left on "none" is null (its schema
 * knows no ""; a select of loaded records reads "" as none itself).
 */
export function shapingOf(fields: readonly FieldSpec[]): InputShaping {
  return {
    lines: fields.filter((field) => field.lines).map((field) => field.name),
    blankAsNull: fields.filter((field) => field.optional && Array.isArray(field.options)).map((field) => field.name),
  };
}

/** Form values as schema input: multi-line fields become lists, and empty optional choices null. */
export function inputFromValues(values: EditFormValues, shaping: InputShaping = {}): Record<string, unknown> {
  const input: Record<string, unknown> = { ...values };
  for (const name of shaping.lines ?? []) {
    input[name] = (values[name] ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "");
  }
  for (const name of shaping.blankAsNull ?? []) {
    if ((values[name] ?? "").trim() === "") input[name] = null;
  }
  return nestDotted(input);
}

// "newSource.title" (a record typed inside another form) becomes { newSource: { title } }, one level
// deep; a name that would overwrite a plain field, or reach a prototype, is dropped.
function nestDotted(input: Record<string, unknown>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    const [group, field, ...rest] = name.split(".");
    if (field === undefined) {
      if (!(name in nested)) nested[name] = value;
      continue;
    }
    if (rest.length > 0 || [group, field].some((part) => part === "__proto__" || part === "constructor" || part === "prototype")) continue;
    const target = nested[group!];
    if (target === undefined) nested[group!] = { [field]: value };
    else if (typeof target === "object" && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[field] = value;
  }
  return nested;
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return toIsoDay(value);
  if (typeof value === "boolean") return value ? "on" : "";
  if (Array.isArray(value)) return value.map(textOf).join("\n");
  return String(value);
}

/** A stored row as the values of the named form fields. Dates are days; Decimals their exact text. */
export function formValuesOf(row: Record<string, unknown>, names: readonly string[]): EditFormValues {
  return Object.fromEntries(names.map((name) => [name, textOf(row[name])]));
}
