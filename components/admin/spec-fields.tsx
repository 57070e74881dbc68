"use client";
// The fields a guided item shares with its record's edit form, drawn from that form's spec
// (lib/admin/claim-form-fields.ts, record-form-fields.ts), so a field added there appears in both forms.
import { guidedFields, humanise, type FieldSpec } from "@/lib/admin/field-spec";
import { CheckboxField, SelectField, TextField } from "./fields";

function SpecField({ path, field }: { path: string; field: FieldSpec }) {
  const name = `${path}.${field.name}`;
  if (field.control === "checkbox") return <CheckboxField path={name} label={field.label} />;
  if (field.control === "select") {
    // A closed vocabulary; a list the page loads (sources, claims) is drawn by the section itself.
    const values = typeof field.options === "string" ? [] : (field.options ?? []);
    const options = values.map((value) => [value, field.optionLabels?.[value] ?? humanise(value)] as const);
    return <SelectField path={name} label={field.label} options={options} hint={field.hint} required={field.required} />;
  }
  const multiline = field.control === "textarea";
  const type = field.control === "textarea" ? "text" : field.control;
  return <TextField path={name} label={field.label} hint={field.hint} required={field.required} multiline={multiline} type={type} />;
}

/** The spec's `guided` fields of the item at `path`, in the spec's order. */
export function SpecFields({ path, fields }: { path: string; fields: readonly FieldSpec[] }) {
  return guidedFields(fields).map((field) => <SpecField key={field.name} path={path} field={field} />);
}
