// One labelled control of an edit form. Its errors sit right below it; it is aria-invalid when it
// has any, and aria-describedby names its hint and its errors.
import { humanise, type Choices, type FieldSpec } from "@/lib/admin/field-spec";

const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-slate-900 " +
  "aria-[invalid=true]:border-red-700 dark:bg-slate-900 dark:text-slate-100";

// A dotted name ("newSource.title") gives a dashed id, so it also works as a CSS selector.
export const fieldId = (name: string) => `field-${name.replace(/\./g, "-")}`;

type Props = { field: FieldSpec; value: string; errors: string[] | undefined; choices: Choices; onChange: (value: string) => void };

function optionsOf(field: FieldSpec, choices: Choices): Array<{ value: string; label: string }> {
  const leading = field.leading ?? [];
  if (typeof field.options === "string") return [...leading, ...(choices[field.options] ?? [])];
  return [...leading, ...(field.options ?? []).map((value) => ({ value, label: field.optionLabels?.[value] ?? humanise(value) }))];
}

export function FormField({ field, value, errors, choices, onChange }: Props) {
  const id = fieldId(field.name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = (errors?.length ?? 0) > 0;
  const describedBy = [field.hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  const shared = { id, name: field.name, "aria-invalid": invalid, "aria-describedby": describedBy, required: field.required };
  const label = (
    <label htmlFor={id} className="block font-medium">
      {field.label}
      {field.required && <span aria-hidden="true"> *</span>}
    </label>
  );
  const notes = (
    <>
      {field.hint && (
        <span id={hintId} className="mt-1 block text-sm text-slate-600 dark:text-slate-300">
          {field.hint}
        </span>
      )}
      {invalid && (
        <span id={errorId} className="mt-1 block text-sm font-medium text-red-800 dark:text-red-300">
          {errors!.join(" ")}
        </span>
      )}
    </>
  );

  if (field.control === "checkbox") {
    return (
      <div className="mt-3">
        <div className="flex items-start gap-2">
          <input
            {...shared}
            type="checkbox"
            className="mt-1"
            checked={value === "on"}
            onChange={(e) => onChange(e.target.checked ? "on" : "")}
          />
          {label}
        </div>
        {notes}
      </div>
    );
  }
  return (
    <div className="mt-3">
      {label}
      {field.control === "textarea" ? (
        <textarea {...shared} rows={3} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : field.control === "select" ? (
        <select {...shared} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
          {(field.optional || value === "") && <option value="">— none —</option>}
          {optionsOf(field, choices).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...shared} type={field.control} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
      {notes}
    </div>
  );
}
