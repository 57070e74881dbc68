// A form described as data: each field's name (the schema's), label, control and choices. One
// client component draws any of them, so every edit form behaves the same way for every editor.
export type ChoiceKey = "sources" | "organizations" | "announcements" | "fundingClaims" | "capacityClaims";

export type Choice = { value: string; label: string };
export type Choices = Partial<Record<ChoiceKey, Choice[]>>;

export type FieldSpec = {
  name: string;
  label: string;
  control: "text" | "textarea" | "date" | "number" | "url" | "select" | "checkbox";
  // A closed vocabulary, or the key of a list the page loads (sources, organisations, …).
  options?: readonly string[] | ChoiceKey;
  // Words for a closed vocabulary's values, where the value itself reads badly.
  optionLabels?: Readonly<Record<string, string>>;
  required?: boolean;
  // A textarea holding a list, one value per line (the save reads it as a list).
  lines?: true;
  // A select that may be left empty ("none").
  optional?: boolean;
  // Options offered before the loaded list ("A new source, typed below").
  leading?: readonly Choice[];
  hint?: string;
  // The guided announcement form draws this field from the spec too, starting a new item at `initial` ("" if unset).
  guided?: true;
  initial?: string;
};

/** A vocabulary value for reading: "private_investment" → "private investment". */
export function humanise(value: string): string {
  return value.replace(/_/g, " ");
}

export function fieldNames(fields: readonly FieldSpec[]): string[] {
  return fields.map((field) => field.name);
}

/** The lists a form's selects need loaded. */
export function choiceKeysOf(fields: readonly FieldSpec[]): ChoiceKey[] {
  return fields.flatMap((field) => (typeof field.options === "string" ? [field.options] : []));
}

/** The fields the guided announcement form draws from a spec (the rest it draws itself, or leaves to the edit page). */
export function guidedFields(fields: readonly FieldSpec[]): FieldSpec[] {
  return fields.filter((field) => field.guided);
}

/** A new guided item's values for its spec-drawn fields (a guided checkbox is "true" or "false"). */
export function guidedDefaults(fields: readonly FieldSpec[]): Record<string, string> {
  return Object.fromEntries(
    guidedFields(fields).map((field) => [field.name, field.initial ?? (field.control === "checkbox" ? "false" : "")]),
  );
}
