"use client";
// Labelled inputs bound to the form's values by name. Each shows its errors right below it, marks
// itself aria-invalid, and points aria-describedby at its hint and its errors.
import type { ReactNode } from "react";
import { textAt } from "@/lib/forms/path-state";
import { fieldIds, useFormContext } from "./form-context";
import { humanise } from "@/lib/admin/field-spec";

type Option = string | readonly [value: string, label: string];

const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-slate-900 " +
  "aria-[invalid=true]:border-red-700 dark:bg-slate-900 dark:text-slate-100";

function useBinding(path: string, hint: ReactNode | undefined) {
  const { values, set, errors } = useFormContext();
  const ids = fieldIds(path);
  const messages = errors[path] ?? [];
  const describedBy = [hint ? ids.hintId : null, messages.length > 0 ? ids.errorId : null].filter(Boolean).join(" ") || undefined;
  return {
    ...ids,
    value: textAt(values, path),
    set: (value: string) => set(path, value),
    messages,
    describedBy,
    invalid: messages.length > 0,
  };
}

function Messages({ id, hintId, hint, messages }: { id: string; hintId: string; hint?: ReactNode; messages: string[] }) {
  return (
    <>
      {hint && (
        <span id={hintId} className="mt-1 block text-sm text-slate-600 dark:text-slate-300">
          {hint}
        </span>
      )}
      {messages.length > 0 && (
        <span id={id} className="mt-1 block text-sm font-medium text-red-800 dark:text-red-300">
          {messages.join(" ")}
        </span>
      )}
    </>
  );
}

function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block font-medium">
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
}

type TextProps = {
  path: string;
  label: string;
  hint?: ReactNode;
  type?: "text" | "url" | "date" | "number";
  required?: boolean;
  multiline?: boolean;
  inputMode?: "decimal" | "numeric";
};

export function TextField({ path, label, hint, type = "text", required, multiline, inputMode }: TextProps) {
  const field = useBinding(path, hint);
  const shared = {
    id: field.id,
    name: path,
    value: field.value,
    required,
    "aria-invalid": field.invalid,
    "aria-describedby": field.describedBy,
    className: inputClass,
  };
  return (
    <div className="mt-3">
      <FieldLabel htmlFor={field.id} label={label} required={required} />
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => field.set(event.target.value)} />
      ) : (
        <input {...shared} type={type} inputMode={inputMode} onChange={(event) => field.set(event.target.value)} />
      )}
      <Messages id={field.errorId} hintId={field.hintId} hint={hint} messages={field.messages} />
    </div>
  );
}

export function SelectField({
  path,
  label,
  options,
  hint,
  required,
}: {
  path: string;
  label: string;
  options: readonly Option[];
  hint?: ReactNode;
  required?: boolean;
}) {
  const field = useBinding(path, hint);
  return (
    <div className="mt-3">
      <FieldLabel htmlFor={field.id} label={label} required={required} />
      <select
        id={field.id}
        name={path}
        value={field.value}
        required={required}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className={inputClass}
        onChange={(event) => field.set(event.target.value)}
      >
        {options.map((option) => {
          const [value, text] = typeof option === "string" ? [option, humanise(option)] : option;
          return (
            <option key={value} value={value}>
              {text}
            </option>
          );
        })}
      </select>
      <Messages id={field.errorId} hintId={field.hintId} hint={hint} messages={field.messages} />
    </div>
  );
}

export function CheckboxField({ path, label }: { path: string; label: string }) {
  const field = useBinding(path, undefined);
  return (
    <div className="mt-3 flex items-start gap-2">
      <input
        id={field.id}
        type="checkbox"
        name={path}
        value="true"
        checked={field.value === "true"}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className="mt-1"
        onChange={(event) => field.set(event.target.checked ? "true" : "false")}
      />
      <label htmlFor={field.id}>{label}</label>
      <Messages id={field.errorId} hintId={field.hintId} messages={field.messages} />
    </div>
  );
}

export function RadioField({ path, legend, options }: { path: string; legend: string; options: ReadonlyArray<readonly [string, string]> }) {
  const field = useBinding(path, undefined);
  return (
    <fieldset className="mt-3" aria-describedby={field.describedBy}>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {options.map(([value, text]) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name={path} value={value} checked={field.value === value} onChange={() => field.set(value)} />
            {text}
          </label>
        ))}
      </div>
      <Messages id={field.errorId} hintId={field.hintId} messages={field.messages} />
    </fieldset>
  );
}

/** Whether the item is one already on file or a new one (a program's or an organisation's `mode`). */
export function OnFileOrNewField({ path, legend, onFile, created }: { path: string; legend: string; onFile: string; created: string }) {
  return (
    <RadioField
      path={path}
      legend={legend}
      options={[
        ["existing", onFile],
        ["new", created],
      ]}
    />
  );
}
