// Above an edit form after a refused save: why nothing was saved, each field error linking to its
// field. The live region is always in the page so screen readers announce it when it fills.
import type { EditFormState } from "@/lib/admin/form-state";
import type { FieldSpec } from "@/lib/admin/field-spec";
import { fieldId } from "./form-field";

export function FormStatus({ state, fields }: { state: EditFormState; fields: readonly FieldSpec[] }) {
  const labels = new Map(fields.map((field) => [field.name, field.label]));
  const errors = Object.entries(state.fieldErrors);
  return (
    <div aria-live="polite" role="status" data-testid="form-status">
      {state.status !== "idle" && (
        <div className="mb-4 rounded border-2 border-red-700 p-4">
          <h2 className="text-lg font-semibold">Nothing was saved</h2>
          {state.message && <p className="mt-1">{state.message}</p>}
          {errors.length > 0 && (
            <ul className="mt-2 list-disc pl-6">
              {errors.map(([name, messages]) => (
                <li key={name}>
                  {labels.has(name) ? (
                    <a className="underline" href={`#${fieldId(name)}`}>
                      {labels.get(name)}: {messages.join(" ")}
                    </a>
                  ) : (
                    messages.join(" ")
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
